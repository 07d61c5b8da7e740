// The translations shipped in locales/: each is complete and keeps every placeholder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { englishStrings } from '../../components/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
const languages = readdirSync('locales').filter((file) => file.endsWith('.json'));

describe('locales', () => {
  it('ships at least one translation', () => {
    assert.ok(languages.length > 0);
  });

  for (const file of languages) {
    describe(file, () => {
      const translation = JSON.parse(readFileSync(`locales/${file}`, 'utf8')) as Record<
        string,
        Record<string, unknown>
      >;

      it('translates exactly the elements and strings the elements have', () => {
        assert.deepEqual(Object.keys(translation).sort(), Object.keys(englishStrings).sort());
        for (const [element, strings] of Object.entries(englishStrings)) {
          assert.deepEqual(
            Object.keys(translation[element] ?? {}).sort(),
            Object.keys(strings).sort(),
            `${file}: the strings of ${element}`,
          );
        }
      });

      it('keeps every {placeholder} and translates every string', () => {
        for (const [element, strings] of Object.entries(englishStrings)) {
          for (const [key, english] of Object.entries(strings as object as Record<string, string>)) {
            const text = translation[element]?.[key];
            assert.equal(typeof text, 'string', `${file}: ${element}.${key}`);
            assert.notEqual((text as string).trim(), '', `${file}: ${element}.${key} is empty`);
            assert.deepEqual(
              placeholders(text as string),
              placeholders(english),
              `${file}: ${element}.${key}`,
            );
          }
        }
      });
    });
  }
});
