// The checks every SCORM 1.2 zip must pass, the build's (lms.test.mjs) and the studio's (studio.test.mjs): a well
// formed manifest in the IMS namespace, one organisation, item and SCO resource, every file of the zip listed, the
// mastery score only in scored modes, and a launch page that uses only files in the zip.
import assert from 'node:assert/strict';
import { strFromU8 } from 'fflate';

/** `p`: a browser page (its DOMParser reads the XML); `entries`: the unzipped files. */
export async function checkScormZip(p, file, entries, scored) {
  const xml = strFromU8(entries['imsmanifest.xml']);
  const m = await p.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const all = (name, ns = CP) => [...doc.getElementsByTagNameNS(ns, name)];
    const orgs = all('organizations')[0];
    const resources = all('resource');
    const items = all('item');
    return {
      root: doc.documentElement.localName,
      rootNs: doc.documentElement.namespaceURI,
      schema: all('schema')[0]?.textContent,
      schemaversion: all('schemaversion')[0]?.textContent,
      organizations: all('organization').length,
      defaultOk: orgs.getAttribute('default') === all('organization')[0].getAttribute('identifier'),
      items: items.length,
      itemRefOk: items[0].getAttribute('identifierref') === resources[0]?.getAttribute('identifier'),
      title: all('title')[0]?.textContent,
      resources: resources.length,
      scormtype: resources[0].getAttributeNS(ADL, 'scormtype'),
      href: resources[0].getAttribute('href'),
      files: all('file').map((f) => f.getAttribute('href')),
      mastery: all('masteryscore', ADL)[0]?.textContent ?? null,
    };
  }, xml);
  assert.equal(m.error, undefined, `${file}: ${m.error}`);
  assert.equal(m.root, 'manifest');
  assert.equal(m.rootNs, 'http://www.imsproject.org/xsd/imscp_rootv1p1p2');
  assert.equal(m.schema, 'ADL SCORM');
  assert.equal(m.schemaversion, '1.2');
  assert.deepEqual([m.organizations, m.items, m.resources], [1, 1, 1], file);
  assert.ok(m.defaultOk && m.itemRefOk, `${file}: identifiers match`);
  assert.ok(m.title.length > 5);
  assert.equal(m.scormtype, 'sco');
  assert.equal(m.href, 'index.html');
  const zipped = Object.keys(entries).filter((n) => n !== 'imsmanifest.xml').sort();
  assert.deepEqual([...m.files].sort(), zipped, `${file}: every file listed`);
  assert.equal(m.mastery, scored ? '80' : null, `${file}: mastery score only in scored modes`);
  // The launch page uses only files in the zip.
  const launch = strFromU8(entries['index.html']);
  for (const [, ref] of launch.matchAll(/(?:src|href)="([^"]+)"/g)) assert.ok(entries[ref], `${file}: ${ref} is in the zip`);
}
