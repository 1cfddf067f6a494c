/**
 * Final Draft scripts, converted to Fountain for the screenplay reader: cues, dual dialogue, title
 * cards, hidden text and notes, the errors a user sees. The real files with golds are in the
 * conformance suite (test/fixtures/real/screenplay).
 */
import { describe, expect, it } from 'vitest';
import { fdxToFountain } from '../../../server/corpus/documents/fdx.ts';
import { quotesOf } from './index-one.ts';

const fdx = (content: string, titlePage = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="1">\n<Content>\n${content}\n</Content>\n${titlePage}</FinalDraft>\n`;
const para = (type: string, ...runs: string[]) => `<Paragraph Type="${type}">${runs.map((r) => `<Text>${r}</Text>`).join('')}</Paragraph>`;

describe('Final Draft', () => {
  it('reads cues in capitals over their dialogue, parentheticals and dual dialogue, and no one in action, headings or transitions', async () => {
    const content = [
      para('Scene Heading', 'INT. KITCHEN - NIGHT'),
      para('Action', 'MARIA stirs a pot.'),
      para('Character', 'MARIA'),
      para('Parenthetical', '(not looking up)'),
      para('Dialogue', 'You’re ', 'late', '.'),
      para('Character', 'Dr. Okafor (O.S.)'),
      para('Dialogue', 'Traffic.'),
      `<Paragraph><DualDialogue>${para('Character', 'MARIA')}${para('Dialogue', 'Again?')}${para('Character', 'TOMAS')}${para('Dialogue', 'Again.')}</DualDialogue></Paragraph>`,
      para('Transition', 'CUT TO:'),
      para('Scene Heading', 'ROOFTOP'),
    ].join('\n');
    const title = '<TitlePage><Content><Paragraph Alignment="Center"><Text>THE LATE SUPPER</Text></Paragraph><Paragraph Alignment="Center"><Text>Written by</Text></Paragraph><Paragraph Alignment="Center"><Text>Jo Park</Text></Paragraph></Content></TitlePage>';
    const fountain = fdxToFountain(fdx(content, title), 'a.fdx');
    expect(fountain.startsWith('Title: THE LATE SUPPER\nAuthor: Jo Park\n')).toBe(true);
    expect(fountain).toContain('\nDR. OKAFOR (O.S.)\nTraffic.\n');
    expect(fountain).toContain('\nTOMAS ^\nAgain.\n');
    expect(fountain).toContain('\n.ROOFTOP\n');
    expect(await quotesOf('supper.fdx', fdx(content, title))).toEqual(['Maria: You’re late.', 'Dr. Okafor: Traffic.', 'Maria: Again?', 'Tomas: Again.']);
  });

  it('leaves hidden text and script notes out, and reads a centred title card as no cue', async () => {
    const content = [
      '<Paragraph Type="Action" Alignment="Center"><Text>BRICK BRADDOCK\n&amp; DICK STEEL IN</Text></Paragraph>',
      '<Paragraph Type="Character"><ScriptNote><Paragraph><Text>rename him?</Text></Paragraph></ScriptNote><Text>JOE</Text></Paragraph>',
      '<Paragraph Type="Dialogue"><Text>Hello.</Text><Text Style="HiddenText"> (cut this)</Text></Paragraph>',
    ].join('\n');
    const fountain = fdxToFountain(fdx(content), 'b.fdx');
    expect(fountain).toContain('> BRICK BRADDOCK &amp; DICK STEEL IN <'.replace('&amp;', '&'));
    expect(fountain).not.toMatch(/rename|cut this/);
    expect(await quotesOf('notes.fdx', fdx(content))).toEqual(['Joe: Hello.']);
  });

  it('refuses what is not a Final Draft script, by name', () => {
    expect(() => fdxToFountain('<FinalDraft><Content>', 'a.fdx')).toThrow(/a\.fdx:\d+: not well-formed XML/);
    expect(() => fdxToFountain('<Script/>', 'b.fdx')).toThrow(/not a Final Draft document/);
    expect(() => fdxToFountain(fdx(''), 'c.fdx')).toThrow(/no paragraphs with words/);
  });
});
