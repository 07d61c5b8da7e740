// The per-element ESM entry points of the built package (dist/elements/chime-<name>.js), as a
// bundler loads them: importing one defines that element and what it renders, and nothing else.
import { expect } from '@open-wc/testing';

/** Imports a built entry point (by URL: the build runs after type checking). */
const load = (name: string) => import(new URL(`../../dist/elements/${name}.js`, import.meta.url).href);

describe('per-element entry points', () => {
  it('define only the element imported (and the elements it renders)', async () => {
    expect(customElements.get('chime-video-grid')).to.equal(undefined);
    await load('chime-video-grid');
    expect(customElements.get('chime-video-grid')).to.not.equal(undefined);
    // The grid renders tiles, so its entry defines the tile too; nothing else.
    expect(customElements.get('chime-video-tile')).to.not.equal(undefined);
    expect(customElements.get('chime-roster')).to.equal(undefined);
    expect(customElements.get('chime-meeting')).to.equal(undefined);
  });

  it('does not define a tag twice when another copy defined it first', async () => {
    class Other extends HTMLElement {}
    customElements.define('chime-roster', Other);
    await load('chime-roster');
    expect(customElements.get('chime-roster')).to.equal(Other);
  });
});
