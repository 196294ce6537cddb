import { escapeXml, xmlDocument, xmlList } from './xml-writer';

describe('the Open311 XML writer', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a < b & "c" \u0001d')).toBe('a &lt; b &amp; &quot;c&quot; d');
  });

  it('writes lists, nested lists, empty elements for null, and leaves out undefined', () => {
    expect(
      xmlList('services', 'service', [
        { service_code: 'A&B', metadata: true, group: null, hidden: undefined },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<services><service><service_code>A&amp;B</service_code><metadata>true</metadata><group/></service></services>\n',
    );
    expect(
      xmlDocument('endpoint', { formats: { item: 'format', values: ['text/xml'] } }),
    ).toContain('<endpoint><formats><format>text/xml</format></formats></endpoint>');
  });
});
