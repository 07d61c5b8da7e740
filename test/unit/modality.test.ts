import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DefaultModality } from '../../src/modality/DefaultModality.ts';

describe('DefaultModality', () => {
  it('splits a content-share attendee id into base and modality', () => {
    const modality = new DefaultModality('abc#content');
    assert.equal(modality.id(), 'abc#content');
    assert.equal(modality.base(), 'abc');
    assert.equal(modality.modality(), 'content');
    assert.equal(modality.hasModality(DefaultModality.MODALITY_CONTENT), true);
  });

  it('has no modality for a plain attendee id', () => {
    const modality = new DefaultModality('abc');
    assert.equal(modality.base(), 'abc');
    assert.equal(modality.modality(), '');
    assert.equal(modality.hasModality('content'), false);
    assert.equal(modality.hasModality(''), false);
  });

  it('rejects ids with more than one separator', () => {
    const modality = new DefaultModality('abc#content#x');
    assert.equal(modality.base(), 'abc');
    assert.equal(modality.modality(), '');
    assert.equal(modality.hasModality('content'), false);
  });

  it('handles an empty id', () => {
    const modality = new DefaultModality('');
    assert.equal(modality.base(), '');
    assert.equal(modality.modality(), '');
  });

  it('adds a modality to the base id', () => {
    assert.equal(new DefaultModality('abc').withModality('content').id(), 'abc#content');
    assert.equal(new DefaultModality('abc#content').withModality('').id(), 'abc');
  });

  it('exposes the content modality constant', () => {
    assert.equal(DefaultModality.MODALITY_CONTENT, 'content');
  });
});
