/**
 * What a turn's words say about who is speaking, independent of who they are: whether it reads like
 * the host's (a question, "let me turn to…", "you have two minutes") or a guest's reply ("Well, …",
 * "No."), whether it thanks everyone, whether it picks up a sentence someone else was cut off in.
 */

/** Phrases of whoever runs the conversation. */
const HOST_PHRASES =
  /\b(?:let me (?:ask|turn|follow|go|get|move|interrupt|bring|start|begin|just)|let's (?:move|turn|go|talk|get|start|begin)|we(?:'re| are) going to (?:move|turn|talk|go|begin|start)|(?:our|the) (?:next|first|last|final) (?:question|topic|segment)|(?:two|one|\d+)[- ]minutes?|you(?:'re| are) out of time|time is up|would you like to respond|(?:do|would) you want to respond|your (?:response|rebuttal)|i want to (?:ask|turn|move|go to|follow)|moving on|thank you for (?:joining|being with|coming on|speaking with) (?:us|me)|welcome (?:back|to the program|to the show))\b/i;

/** Opening words of a reply. */
const REPLY_OPENING = /^(?:well|no|yes|yeah|wrong|excuse me|that's|that is|it's|look|actually|exactly|correct|true|not|because|of course|absolutely|sure|i\b|i'm|i've|i'd|we\b|we're|my\b)/i;

/** Everyone at once: "thank you both", "both of you", "gentlemen, welcome" — not "ladies and gentlemen". */
export const ADDRESSES_ALL = /\b(?:thank you (?:both|all)|thanks,? (?:both|all|everyone)|both of you|(?:to|with) you both|(?<!ladies and )gentlemen,|candidates,)/i;

/** A guest's thanks for the invitation. */
export const THANKS_REPLY = /^(?:well,?\s+)?(?:thanks?|thank you)(?: (?:so|very) much)? for (?:having|inviting) (?:me|us)\b/i;

export interface TurnFeatures {
  /** Ends with, or its last sentence holds, a question. */
  question: boolean;
  hostPhrase: boolean;
  reply: boolean;
  thanksReply: boolean;
  /** Starts by picking up an interrupted sentence ("... million new jobs"). */
  resumes: boolean;
  /** Ends cut off ("And I have --", "Well, he approved NAFTA..."). */
  cutOff: boolean;
  words: number;
}

/** Starts by picking up an interrupted sentence ("... million new jobs"). */
export const resumes = (text: string): boolean => /^\s*(?:\.\.\.|…|--|—)/.test(text);

/** Ends cut off ("And I have --", "Well, he approved NAFTA..."). */
export const cutOff = (text: string): boolean => /(?:\.\.\.|…|--|—)\s*$/.test(text);

export function turnFeatures(text: string): TurnFeatures {
  const last = text.split(/(?<=[.!?])\s+/).at(-1) ?? text;
  return {
    question: /\?["”’)]?\s*$/.test(text) || last.includes('?'),
    hostPhrase: HOST_PHRASES.test(text),
    reply: REPLY_OPENING.test(text.trim()),
    thanksReply: THANKS_REPLY.test(text.trim()),
    resumes: resumes(text),
    cutOff: cutOff(text),
    words: text.split(/\s+/).length,
  };
}

/** The last `n` sentences of a text. */
export function lastSentences(text: string, n: number): string {
  return text.split(/(?<=[.!?])\s+/).slice(-n).join(' ');
}
