import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { buildSource } from '../../server/corpus/build.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import type { Speaker } from '../../server/corpus/model.ts';

const REGISTRY: Speaker[] = [
  { slug: 'matthew-heineman', name: 'Matthew Heineman', role: 'director', aliases: ['Heineman'], pronouns: 'he' },
  { slug: 'abdalaziz-alhamza', name: 'Abdalaziz Alhamza', role: 'subject', aliases: ['Aziz', 'Alhamza'], pronouns: 'he' },
  { slug: 'hamoud', name: 'Hamoud', role: 'subject', aliases: ['Hamud'], pronouns: 'he' },
];

function quotations(text: string, author?: string) {
  const r = buildSource({
    path: 'review.md',
    slug: 'review',
    collection: { slug: 'c', title: 'City of Ghosts', director: 'Matthew Heineman', speakers: REGISTRY },
    text,
    format: 'markdown',
    contentStart: 0,
    given: { kind: 'review', ...(author ? { author } : {}) },
    registry: new SpeakerRegistry(REGISTRY),
  });
  return r.quotes.filter((q) => q.kind === 'quotation').map((q) => [q.text, q.speaker?.name ?? null, q.attribution.method]);
}

describe('quotations in reviews', () => {
  it('attributes a said-clause after the quotation, in either word order', () => {
    expect(quotations('“I never thought I would leave the city,” said Mohamed, a 34-year-old reporter.')).toEqual([
      ['I never thought I would leave the city', 'Mohamed', 'cue'],
    ]);
    expect(quotations('“It is a film about trauma,” Kenneth Turan wrote in the Los Angeles Times.')).toEqual([
      ['It is a film about trauma', 'Kenneth Turan', 'cue'],
    ]);
  });

  // Found on PolNeAR's train split: "shot back" (an irregular past) and "retaliated" were no
  // said-clauses, so the reply went to the one answered ("continuation"), or to no one.
  it('reads a reply’s said-clause with an irregular or less common verb as the reply’s, not the speaker before', () => {
    const exchange = (clause: string) => quotations(`“You tried to take her house,” Vera Lindqvist said. “Vera wants to be tough tonight,” ${clause}.`);
    for (const clause of ['Tomas Brandt shot back', 'Tomas Brandt hit back', 'an angry Brandt retaliated', 'Tomas Brandt swore', 'Tomas Brandt sniffed', 'Tomas Brandt deadpanned']) {
      expect(exchange(clause), clause).toEqual([
        ['You tried to take her house', 'Vera Lindqvist', 'cue'],
        ['Vera wants to be tough tonight', clause.includes('Tomas') ? 'Tomas Brandt' : 'Brandt', 'cue'],
      ]);
    }
  });

  // Found on PolNeAR's train split, where each became a speaker: "Texan", "German", "Newspaper",
  // "Her Twitter account", "York" and "New Hampshire"; and a name inside a quotation took the next one.
  it('names no one for a nation, a place or a body in small letters, and no one after a said-clause naming someone unnamed', () => {
    expect(quotations('Rafael Ortiz spoke in Dallas on Monday. “We will win this state,” the Texan said.')).toEqual([['We will win this state', 'Rafael Ortiz', 'cue']]);
    expect(quotations('A user from Hanover going by the handle Kugelblitz wrote to him. “This is a disgrace,” the German tweeted.')).toEqual([['This is a disgrace', null, 'none']]);
    expect(quotations('“We regret the error,” the newspaper admitted in a correction.')).toEqual([['We regret the error', null, 'none']]);
    expect(quotations('Ines Varga spoke at noon. “Shop the look from my speech,” her Twitter account posted.')).toEqual([['Shop the look from my speech', null, 'none']]);
    expect(quotations('The crowd in New York chants “four more years, four more years” as Ortiz arrives.')).toEqual([['four more years, four more years', null, 'none']]);
    expect(quotations('“Ortiz will be defeated in this process, but not yet,” said a New Hampshire Republican.')).toEqual([['Ortiz will be defeated in this process, but not yet', null, 'none']]);
    expect(quotations('“Polls are misleading and Ortiz can bleed,” another New Hampshire Republican added. “Any of the four mainstreamers have a clear shot.”')).toEqual([
      ['Polls are misleading and Ortiz can bleed', null, 'none'],
      ['Any of the four mainstreamers have a clear shot.', null, 'none'],
    ]);
  });

  it('gives the quotation to the one a description set off by commas describes, not to a name inside it', () => {
    // Shapes from PolNeAR's train split ("Dog Andres, a spokesman for House Speaker Paul Ryan, said"), with names of ours.
    expect(quotations('Heineman met the press. Lina Haddad, a spokeswoman for director Matthew Heineman, said, “The film speaks for itself.”')).toEqual([
      ['The film speaks for itself.', 'Lina Haddad', 'cue'],
    ]);
    expect(quotations('Heineman’s company made the film. “We are proud of it,” said Lina Haddad, a spokeswoman for Heineman’s partner, Kamal Aziz.')).toEqual([
      ['We are proud of it', 'Lina Haddad', 'cue'],
    ]);
    expect(quotations('“We are proud of it,” said spokesman Omar Saleh, referring to Heineman’s producer, Joedan Okun.')).toEqual([['We are proud of it', 'Omar Saleh', 'cue']]);
  });

  it('gives the quotation to the person of a town and its state, not to the state', () => {
    // "Stacy Baker of Columbia, South Carolina says …" (PolNeAR train), with names of ours; with and without the comma after the state.
    expect(quotations('Heineman showed the film in Berlin. Lina Haddad of Homs, Syria says the film is “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Lina Haddad of Raqqa, Syria, says the film is “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    // A phrase before the comma that is no person's town leaves the name after it alone.
    expect(quotations('On the subject of Syria, Heineman said the film is “a letter to the world.”')).toEqual([['a letter to the world.', 'Matthew Heineman', 'cue']]);
    // Someone of a town who does not open the sentence, or a said-clause set aside, is not the speaker.
    expect(quotations('Asked about Omar Saleh of Raqqa, Matthew Heineman said he was “a hero.”')).toEqual([['a hero.', 'Matthew Heineman', 'cue']]);
    expect(quotations('Omar Saleh of Raqqa, Heineman said, was “a hero.”')).toEqual([['a hero.', 'Matthew Heineman', 'cue']]);
    // Only a state or a country is a town's second place: a person after the comma speaks, an aside or not.
    expect(quotations('Omar Saleh of Raqqa, Heineman told a crowd in Berlin, is “a hero.”')).toEqual([['a hero.', 'Matthew Heineman', 'cue']]);
    expect(quotations('Omar Saleh of Syria, Heineman said in a speech, “is a hero.”')).toEqual([['is a hero.', 'Matthew Heineman', 'cue']]);
    // A title of a place is no person of it.
    expect(quotations('Prime Minister of Syria, Lina Haddad, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    // Two people of two towns, or of one, say it together: neither alone, and never the state.
    expect(quotations('Lina Haddad of Homs, Syria, and Omar Saleh of Raqqa, Syria, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', null, 'none']]);
    expect(quotations('Lina Haddad and Omar Saleh of Raqqa, Syria, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', null, 'none']]);
    // After "And", after an age, with a title, in a Canadian province.
    expect(quotations('And Lina Haddad of Homs, Syria, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Lina Haddad, 35, of Homs, Syria, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Mayor Lina Haddad of Toronto, Ontario, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
  });

  it('a description after a name is the name’s, with or without its article; without a name before it, its own name speaks', () => {
    expect(quotations('Lina Haddad, an aide to Matthew Heineman, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Lina Haddad, spokeswoman for director Matthew Heineman, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Yesterday, the former head of the festival Lina Haddad, 62, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
    expect(quotations('Lina Haddad, 35, the daughter of director Matthew Heineman, said the film was “a letter to the world.”')).toEqual([['a letter to the world.', 'Lina Haddad', 'cue']]);
  });

  it('joins a quotation interrupted by its said-clause', () => {
    expect(quotations('Hamoud looks at the screen. “Whoever holds the camera,” he says, “is stronger.”')).toEqual([
      ['Whoever holds the camera is stronger.', 'Hamoud', 'pronoun'],
    ]);
  });

  it('attributes cue verbs before the quotation: a colon, "that", "according to", a description', () => {
    expect(quotations('Heineman told the audience at Sundance: “It became an immigrant story.”')).toEqual([['It became an immigrant story.', 'Matthew Heineman', 'cue']]);
    expect(quotations('We meet Hamoud, who admits that “danger has a special taste”.')).toEqual([['danger has a special taste', 'Hamoud', 'cue']]);
    expect(quotations('According to Alhamza, “the coalition killed more civilians than ISIS did.”')).toEqual([
      ['the coalition killed more civilians than ISIS did.', 'Abdalaziz Alhamza', 'cue'],
    ]);
    expect(quotations('The director said the film was “a balancing act between two things.”')).toEqual([
      ['a balancing act between two things.', 'Matthew Heineman', 'cue'],
    ]);
  });

  it('reads straight quotes and British single quotes, and leaves apostrophes alone', () => {
    expect(quotations(`The group's spokesman is blunt. 'We lost our city, then our friends,' Alhamza says.`)).toEqual([
      ['We lost our city, then our friends', 'Abdalaziz Alhamza', 'cue'],
    ]);
    expect(quotations(`"It's my job to provide a human face," Heineman said. It's a film that won't let go.`)).toEqual([
      ["It's my job to provide a human face", 'Matthew Heineman', 'cue'],
    ]);
  });

  it("takes no apostrophe of a word said short ('cause, 'em, 'til, '90s) for a quotation's opening mark", () => {
    // From real joined captions (the sweep): `'cause` opened a "quotation" running across several turns.
    expect(quotations("I did it 'cause I wanted to, and in the '90s we gave 'em hell. Later, 'I never regretted it for a moment,' Heineman said.")).toEqual([
      ['I never regretted it for a moment', 'Matthew Heineman', 'cue'],
    ]);
  });

  it('does not take titles or scare quotes for quotations', () => {
    expect(quotations('His previous film, “Cartel Land,” was nominated for an Oscar. The group calls it the “caliphate” of fear.')).toEqual([]);
    expect(quotations("Syria War Movie 'City of Ghosts' Shows Citizens Fighting\n\nThe documentary \"City Of Ghosts\" opens this week.")).toEqual([]);
  });

  it('carries the speaker to a quotation that follows in the same paragraph, and across a run-on paragraph', () => {
    expect(quotations('“The first thing we lost was our city,” Alhamza said. “Then we lost our friends.”')).toEqual([
      ['The first thing we lost was our city', 'Abdalaziz Alhamza', 'cue'],
      ['Then we lost our friends.', 'Abdalaziz Alhamza', 'context'],
    ]);
    expect(quotations('Heineman remembers the first call.\n\n“We started with a Skype call.\n\n“And we never stopped,” he said.')).toEqual([
      ['We started with a Skype call.', 'Matthew Heineman', 'context'],
      ['And we never stopped', 'Matthew Heineman', 'pronoun'],
    ]);
  });

  it('gives no quotation to the person it calls by name: it is said to them', () => {
    // The shape of a real TED talk's transcript (the sweep): the pronoun points to the teller, whom the captain addresses.
    const talk = 'Mark Bezos, a volunteer firefighter, told the story. When he found the captain, the captain waved him over. He said, “Bezos, I need you to go into the house.”';
    expect(quotations(talk)).toEqual([['Bezos, I need you to go into the house.', null, 'none']]);
    expect(quotations('Zaina Erhaim has followed the group for years. “I will go back, Zaina,” she says.')).toEqual([['I will go back, Zaina', null, 'none']]);
    // A said-clause that names its speaker outright is believed: the name the quotation ends on is a place.
    expect(quotations('The actor grew up far from Hollywood. “I was born in Spokane, Washington,” Washington said.')).toEqual([['I was born in Spokane, Washington', 'Washington', 'cue']]);
    // A name inside the quotation that addresses someone else leaves the said-clause's speaker alone.
    expect(quotations('Zaina Erhaim has followed the group for years. “Listen, Hamoud, they are brave,” she says.')).toEqual([['Listen, Hamoud, they are brave', 'Zaina Erhaim', 'pronoun']]);
  });

  it('resolves a pronoun to the most recent person, including people the registry does not know', () => {
    expect(quotations('Zaina Erhaim, a Syrian journalist, has followed the group for years. “They are brave,” she says.')).toEqual([
      ['They are brave', 'Zaina Erhaim', 'pronoun'],
    ]);
  });

  it('gives no quotation to a body after a preposition, nor to the person a said-clause is about', () => {
    // Shapes from real news (a Wikinews article on Assam, one on a Cairo summit), with names of ours.
    // A name before "of the …" speaks, known first name or not; the body after it never does.
    expect(quotations('Suvan Terani of the Hajo assembly said “The river is rising.”')).toEqual([['The river is rising.', 'Suvan Terani', 'cue']]);
    expect(quotations('Lina Haddad of the Sierra Club said “The river is rising.”')).toEqual([['The river is rising.', 'Lina Haddad', 'cue']]);
    // A plural noun opening the sentence is nobody's name; and the person after "of" is who they speak of.
    expect(quotations('Heineman spoke first. Supporters of Heineman said they were “deeply misguided.”')).toEqual([]);
    expect(quotations('Members of the Sierra Club said “The river is rising.”')).toEqual([['The river is rising.', null, 'none']]);
    // Only where the name before "of" stands as a subject: not someone's aide, supporters or partner.
    expect(quotations('Supporters of Lina Haddad of the city council said, “We will win.”')).toEqual([]);
    expect(quotations('“The law is long overdue,” said an aide to Lina Haddad of the Hajo assembly.').map(([, who]) => who)).toEqual([null]);
    expect(quotations('Omar Farouk and Lina Haddad of the fire department said, “We will win.”')).toEqual([]);
    expect(quotations('Okafor of Reuters said, “We will win.”')).toEqual([['We will win.', 'Okafor', 'cue']]);
    // A nationality before a title in small letters is nobody: the title's name speaks.
    expect(quotations('On Friday, Turkish president Ekrem Aslan called for talks. “No plan without us will work,” he said.')).toEqual([
      ['No plan without us will work', 'Ekrem Aslan', 'pronoun'],
    ]);
    expect(quotations('Heineman spoke first. Then Heineman spokesman Lina Haddad said “The film speaks for itself.”')).toEqual([['The film speaks for itself.', 'Lina Haddad', 'cue']]);
    // Spoken to, not speaking.
    const toBody = quotations('Prime minister Tomas Veld speaking to the Atlantic Council think tank called the treaty “null and void.”');
    expect(toBody.map(([, who]) => who)).not.toContain('Atlantic Council think tank');
  });

  it("leaves a quotation nobody is named for unattributed, and gives the writer's sentences to the author", () => {
    const r = buildSource({
      path: 'r.md',
      slug: 'r',
      collection: null,
      text: '---\nauthor: Jane Doe\n---\nThe film asks a simple question: “What would you risk?” It never answers. The film is superb.',
      format: 'markdown',
      contentStart: 24,
      given: { kind: 'review', author: 'Jane Doe' },
      registry: new SpeakerRegistry([]),
    });
    expect(r.quotes.filter((q) => q.kind === 'quotation').map((q) => [q.text, q.speaker])).toEqual([['What would you risk?', null]]);
    expect(r.quotes.filter((q) => q.kind === 'prose').map((q) => q.speaker)).toContainEqual({ slug: 'jane-doe', name: 'Jane Doe', role: 'critic' });
  });

  it('strips Markdown from quote text while keeping offsets into the file', () => {
    const text = '# A review\n\nAs *Heineman* puts it, “the film became **much more** than that.”\n\n[Read more](https://example.org): other reviews\n';
    const r = buildSource({ path: 'm.md', slug: 'm', collection: null, text, format: 'markdown', contentStart: 0, given: { kind: 'review' }, registry: new SpeakerRegistry(REGISTRY) });
    const q = r.quotes.find((x) => x.kind === 'quotation')!;
    expect([q.text, q.speaker?.slug]).toEqual(['the film became much more than that.', 'matthew-heineman']);
    expect(text.slice(q.position.start, q.position.end)).toBe('the film became **much more** than that.');
    expect(r.source.meta.title).toBe('A review');
    expect(r.quotes.some((x) => x.text.includes('Read more'))).toBe(false);
  });
});

describe('a quotation inside a quotation', () => {
  it('stays part of its outer quotation, with curly marks inside curly or straight ones', () => {
    const curly = quotations('Hamoud wrote, “If you care, you have to show it even when “your team” is the one at fault. Otherwise it is empty.” Then he left.');
    expect(curly).toEqual([['If you care, you have to show it even when “your team” is the one at fault. Otherwise it is empty.', 'Hamoud', 'cue']]);
    const straight = quotations('Hamoud said: "The city is not about “Equal Justice Under Law” anymore. It is about fear." Then he left.');
    expect(straight).toEqual([['The city is not about “Equal Justice Under Law” anymore. It is about fear.', 'Hamoud', 'cue']]);
  });

  it('is not made of a quotation that never closes: the next one starts afresh', () => {
    const found = quotations('“The first one never closes. Later “the second one is long enough to count,” Hamoud said.');
    expect(found).toEqual([['the second one is long enough to count', 'Hamoud', 'cue']]);
  });
});

// A new user's press interview and debate transcript, read as articles: the answers' sentences were the
// "Unnamed critic"'s.
describe('a paragraph in an article opening with a person’s name and a colon', () => {
  const REAL = path.join(import.meta.dirname, '../fixtures/real/prose');
  it('is that person’s answer, sentence by sentence, the label left out; the writer keeps the rest', async () => {
    const lang = await inspectFile(path.join(REAL, 'spot-mediafilm-2024-joachim-lang-interview-label-paragraph-de-excerpt.txt'));
    const answer = lang.quotes.filter((q) => q.attribution.rule === 'paragraph-label');
    expect(answer.length).toBeGreaterThanOrEqual(6);
    expect(new Set(answer.map((q) => q.speaker?.name))).toEqual(new Set(['Joachim A. Lang']));
    expect(answer.some((q) => q.text.startsWith('Joachim A. Lang:'))).toBe(false);
    // The question before it is the interviewer's, the writer's here.
    expect(lang.quotes.find((q) => q.text.startsWith('Was ist an Ihrem Film anders?'))?.kind).toBe('prose');
    // The page's `Login` above the headline is no title.
    expect(lang.source.meta.title).toBe('Joachim A. Lang über „Führer und Verführer“: „Es ist für mich eine Art Lebensaufgabe“');
    const costa = await inspectFile(path.join(REAL, 'docskingdom-2005-debate-label-paragraph-pt-excerpt.txt'));
    expect(costa.quotes.find((q) => q.text.startsWith('Eu estou aqui essencialmente'))?.speaker?.name).toBe('José Manuel Costa');
  });

  // A review of this change wrote these; each made a speaker of someone who did not speak.
  it('is left to the writer where the paragraph is no answer: another label in it, a verdict on the person, a credit, a heading', () => {
    expect(quotations('JUDY WOODRUFF: Good evening. On the program tonight: DONALD TRUMP, President of the United States: Last night we struck.')).toEqual([]);
    expect(quotations('The bottom line: the film is worth seeing.')).toEqual([]);
    // Two lines of a debate in one paragraph: the second speaker's words are not the first's.
    expect(quotations('What did they say?\n\nDonald Trump: She has been doing this for thirty years. Why has she not fixed it? Why did she wait until now to say so?\nHillary Clinton: Well, Donald, I know you live in your own reality, but those are not the facts.')).toEqual([]);
    // A ranking's verdicts, written in the third person about whoever is named.
    expect(quotations('Here is who helped themselves tonight?\n\nVivek Ramaswamy: The biotech entrepreneur was the center of attention for much of the night, sparring with nearly every rival on stage.')).toEqual([]);
    // Show notes' credits and a round-up's headings are short.
    expect(quotations('Who is on the show?\n\nJane Doe: founder and CEO of Acme Analytics, previously at Stripe.\n\nLittle Richard: I Am Everything')).toEqual([]);
  });
});
