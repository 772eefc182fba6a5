// This file imports the model alone, as a host page or a bundler would through `collabgov/model`.
import { expect } from '@open-wc/testing';
import * as model from '../../src/model/index.js';
import { VERSION } from '../../src/core/version.js';

describe('the model entry', () => {
  it('registers no custom element', () => {
    expect(model.validatePack({}).ok).to.equal(true);
    for (const tag of ['cg-form-picker', 'cg-table-comparator', 'cg-tension-sliders']) expect(customElements.get(tag)).to.equal(undefined);
  });

  it('carries the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
