/**
 * Question-and-answer interviews in other languages than English (`D:`/`R:` in Italian, `P:`/`R:` in
 * Spanish, `F:`/`A:` in German, `Domanda:`): their labels are the interviewer and the one answering,
 * not people called "D" and "R". Letters are read so only as a pair whose questions ask something:
 * two people's initials stay theirs. A heading in capitals said once is no one's.
 */
import { describe, expect, it } from 'vitest';
import { qaSides } from '../../server/corpus/readers/labels/qa.ts';
import { inspectText } from './inspect-text.ts';
import { inspectFile } from '../../server/corpus/inspect.ts';

const saidBy = (parsed: { quotes: Array<{ text: string; speaker: { name: string } | null }> }, words: string) => parsed.quotes.find((q) => q.text.includes(words))?.speaker?.name ?? null;

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
