/**
 * Question-and-answer interviews in other languages than English (`D:`/`R:` in Italian, `P:`/`R:` in
 * Spanish, `F:`/`A:` in German, `Domanda:`): their labels are the interviewer and the one answering,
 * not people called "D" and "R". Letters are read so only as a pair whose questions ask something:
 * two people's initials stay theirs. A heading in capitals said once is no one's.
 */
import { describe, expect, it } from 'vitest';
import { qaSides } from '../../server/corpus/readers/labels/qa.ts';
import { inspectAs, inspectText, saidBy } from './inspect-text.ts';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';


describe('qaSides', () => {
  const turns = (...pairs: Array<[string, string]>) => pairs.map(([key, text]) => ({ key, text }));

  it('reads the words alone and a pair of letters whose questions ask', () => {
    expect(qaSides(turns(['domanda', 'Perché?'], ['risposta', 'Perché sì.']))).toEqual(new Map([['domanda', 'question'], ['risposta', 'answer']]));
    const italian = qaSides(turns(['d', 'Perché Roma?'], ['r', 'Per caso.'], ['d', 'E poi?'], ['r', 'Poi basta.']));
    expect(italian).toEqual(new Map([['d', 'question'], ['r', 'answer']]));
    const spanish = qaSides(turns(['p', '¿Cómo empezó todo'], ['r', 'Con un viaje.'], ['p', '¿Y después?'], ['r', 'Volví.']));
    expect(spanish.get('p')).toBe('question');
    expect(qaSides(turns(['f', 'Wie kam es dazu?'], ['a', 'Zufall.'], ['f', 'Und dann?'], ['a', 'Nichts.'])).get('f')).toBe('question');
    expect(qaSides(turns(['q', 'Pourquoi ?'], ['r', 'Parce que.'], ['q', 'Et alors ?'], ['r', 'Rien.'])).get('r')).toBe('answer');
  });

  it('leaves letters that ask nothing, or stand once, or alone, as initials', () => {
    expect(qaSides(turns(['d', 'I fixed the build.'], ['r', 'Thanks.'], ['d', 'Deploying now.'], ['r', 'Great.'])).size).toBe(0);
    expect(qaSides(turns(['d', 'Ready?'], ['r', 'Yes.'])).size).toBe(0);
    expect(qaSides(turns(['p', 'Ready?'], ['m', 'Yes.'], ['p', 'Now?'], ['m', 'Now.'])).size).toBe(0);
  });
});

describe('Q&A interviews in other languages, read whole', () => {
  it('gives an Italian D:/R: interview to the interviewer and the one answering, and its heading in capitals to no one', async () => {
    const text = [
      'LE INTERVISTE',
      'Una rubrica nuova, per gli amici.',
      'PRIMA INTERVISTA: MARA VOLPI',
      'Intervista fatta in una sera di marzo.',
      'D: Perché hai deciso di cominciare?',
      'R: Perché era il momento giusto, e non ci ho pensato troppo.',
      'D: Ottimo. E perché proprio qui?',
      'R: Ci venni da ragazza e non me ne sono più andata.',
      'D: Cosa ti manca di casa?',
      'R: Il mare, soprattutto.',
    ].join('\n');
    const parsed = await inspectText(text);
    expect(saidBy(parsed, 'cominciare')).toBe('Interviewer');
    expect(saidBy(parsed, 'momento giusto')).toBe('Narrator');
    expect(saidBy(parsed, 'Il mare')).toBe('Narrator');
    expect(saidBy(parsed, 'sera di marzo')).toBeNull();
    expect(parsed.quotes.map((q) => q.speaker?.name)).not.toContain('D');
  });

  it('reads German Frage:/Antwort: words as the two sides', async () => {
    const text = ['Frage: Wie kam es zu dem Film?', 'Antwort: Durch einen Zufall in Leipzig.', 'Frage: Und dann?', 'Antwort: Dann haben wir gedreht.'].join('\n');
    const parsed = await inspectText(text);
    expect(saidBy(parsed, 'Wie kam')).toBe('Interviewer');
    expect(saidBy(parsed, 'Leipzig')).toBe('Narrator');
  });

  it('keeps a name said once before shouted words its speaker’s (`SHARPTON: WE ARE NOT GOING ANYWHERE`)', async () => {
    const text = ['BLITZER: Welcome back. The crowd outside the courthouse has been growing.', '', 'TODD: Wolf, it is loud here.', '', 'BLITZER: What are they chanting?', '', 'SHARPTON: WE ARE NOT GOING ANYWHERE', '', 'TODD: That has been the chant all day, Wolf.', '', 'BLITZER: Thanks, Todd.'].join('\n');
    expect(saidBy(await inspectText(text), 'WE ARE NOT GOING ANYWHERE')).toBe('Sharpton');
  });

  it('keeps a caption file in capitals its speakers, each said once or not', async () => {
    const text = ['TOM: WHERE WERE YOU LAST NIGHT', 'MARA: AT HOME', 'TOM: ALL NIGHT', 'ANNA: SHE WAS WITH ME', 'MARA: YES'].join('\n');
    expect(saidBy(await inspectText(text), 'SHE WAS WITH ME')).toBe('Anna');
  });
});

describe('a Spanish press interview: `PREGUNTA.` and `RESPUESTA.` written out, `P.` and `R.` after (a new user’s trial)', () => {
  it('gives the answers to the one the headline names and the questions to the interviewer, not everything to an "Unnamed critic"', async () => {
    const parsed = await inspectFile('test/fixtures/real/labelled/cordopolis-zambrano-pregunta-respuesta-es-excerpt.txt');
    expect(saidBy(parsed, 'Sí, yo también.')).toBe('Benito Zambrano');
    expect(saidBy(parsed, 'Efectivamente.')).toBe('Benito Zambrano');
    expect(saidBy(parsed, 'El ciclo de la vida.')).toBe('Interviewer');
    expect(parsed.quotes.some((q) => /^(?:P|R|PREGUNTA|RESPUESTA)\. /.test(q.text))).toBe(false);
  });

  it('reads a letter and a full stop as a side only as a pair: `R. Kelly` and `P. Smith` open with initials', async () => {
    const text = ['Notas del concierto.', '', 'R. Kelly no vino al concierto de anoche.', '', 'P. Smith cantó dos horas, según el programa.', '', 'R. Kelly había cancelado la semana pasada.', ''].join('\n');
    const parsed = await inspectText(text);
    expect(parsed.quotes.some((q) => q.text.startsWith('Kelly no vino'))).toBe(false);
    expect(parsed.quotes.some((q) => q.speaker?.name === 'R' || q.speaker?.name === 'P')).toBe(false);
  });
});

describe('letters that are initials, not a question and its answer (a review of this round)', () => {
  const lines = (...xs: string[]) => xs.join('\n\n');

  it('leaves `R:` a husband’s initial beside `Q:` and `M:`, or beside `Q:` and `A:` — not the interviewee', async () => {
    const couple = await inspectText(lines('Interview with Mary Jones', 'Q: Where were you born?', 'M: In Dayton, Ohio, in 1931.', 'Q: And your husband, was he from Dayton too?', 'R: No, I grew up in Cincinnati.', 'M: He stepped on my foot twice that night.', 'Q: What did you do after you married?', 'R: I drove a bus for the city.'));
    expect(saidBy(couple, 'I grew up in Cincinnati')).not.toBe('Mary Jones');
    const third = await inspectText(lines('Oral history interview with Jane Smith', 'Q: Where were you born?', 'A: In Dayton, Ohio, in 1931.', 'Q: And your husband, was he from Dayton too?', 'R: No, I grew up in Cincinnati.', 'A: He stepped on my foot twice that night.', 'Q: And after?', 'R: We moved to Columbus.'));
    expect(saidBy(third, 'I grew up in Cincinnati')).not.toBe('Jane Smith');
    expect(saidBy(third, 'In Dayton, Ohio')).toBe('Jane Smith');
  });

  it('reads `R:` and `P:` as sides only where `P:` is the one asking: a study’s researcher asks, its participant answers', async () => {
    const study = await inspectText(lines('Participant 7 interview transcript', 'R: Can you tell me about a typical day at work?', 'P: Sure. I get in around seven and we have a huddle at eight.', 'R: What happens at the huddle?', 'P: The charge nurse always asks the same thing: who is short today?', 'R: How do you feel about that meeting?', 'P: Honestly, it is useful.', 'R: Anything else?', 'P: My manager says, why are you always late?'));
    expect(saidBy(study, 'I get in around seven')).not.toBe('Interviewer');
    expect(saidBy(study, 'typical day at work')).not.toBe('Narrator');
  });

  it('keeps letters that are the initials of the people the front matter names theirs', async () => {
    const parsed = await inspectAs('move.md', ['---', 'title: Dave and Rachel talk about the move', 'host: Rachel Green', 'guest: Dave Miller', '---', '', lines('D: So are we really doing this? Are we moving to Lisbon?', 'R: I think so. The lease is up in June.', 'D: What about the cat? Can she even fly that far?', 'R: The vet says she can.')].join('\n'));
    expect(saidBy(parsed, 'Are we moving to Lisbon')).not.toBe('Rachel Green');
    expect(saidBy(parsed, 'The vet says she can')).not.toBe('Dave Miller');
  });

  it('leaves a reference list (`P. Anderson.`, `R. Feynman.`) in the speaker’s turn, and `P. J. O’Rourke:` a name', async () => {
    const refs = await inspectText(lines('INTERVIEWER: Who else influenced you?', 'MARSH: Many people. I keep a list of the papers that mattered most to me:', 'P. Anderson. More is different. Science, 1972.', 'R. Feynman. There is plenty of room at the bottom. 1959.', 'P. Dirac. The quantum theory of the electron. 1928.', 'R. Peierls. Surprises in theoretical physics. 1979.', 'INTERVIEWER: Quite a list.', 'MARSH: It is.'));
    expect(saidBy(refs, 'More is different')).toBe('Marsh');
    expect(refs.quotes.some((q) => q.speaker?.name === 'P' || q.speaker?.name === 'R')).toBe(false);
    expect(lineLabel("P. J. O'Rourke: Thanks for having me.")?.label).toBe("P. J. O'Rourke");
  });

  it('names no one from a headline’s label before a quotation (`Exclusive Interview: "…"`)', async () => {
    const parsed = await inspectText(lines('Exclusive Interview: "I never wanted to be famous"', 'Q: When did you realise the song was a hit?', 'A: When my mother called me from the supermarket.', 'Q: How did that feel?', 'A: Terrifying, honestly.'));
    expect(saidBy(parsed, 'Terrifying, honestly')).not.toBe('Exclusive Interview');
  });
});
