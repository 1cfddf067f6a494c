/**
 * Citations as pages show them: each style's entry as sanitized HTML (italics kept) beside its plain
 * text — the copy button puts both on the clipboard — with the in-text form or notes, and what the
 * source does not say.
 */
import type { Citation } from './cite.ts';

export interface CitationView {
  key: string;
  name: string;
  /** Sanitized citeproc HTML: only inline emphasis. */
  html: string;
  text: string;
  inText: { label: string; html: string; text: string };
  shortNote: { html: string; text: string } | null;
}

export function citationViews(citation: Citation): CitationView[] {
  return citation.styles.map((s) => ({
    key: s.key,
    name: s.title,
    html: s.reference.html,
    text: s.reference.text,
    inText: { label: s.class === 'note' ? 'Note' : 'In the text', html: s.inText.html, text: s.inText.text },
    shortNote: s.shortNote,
  }));
}

/** The citations as the JSON API gives them: per style, plain text and HTML, with the in-text forms. */
export function citationJson(citation: Citation) {
  return {
    styles: Object.fromEntries(
      citation.styles.map((s) => [s.key, { title: s.title, reference: s.reference.text, html: s.reference.html, inText: s.inText.text, ...(s.shortNote ? { shortNote: s.shortNote.text } : {}) }]),
    ),
    missing: citation.missing.map((m) => m.message),
    bibtex: citation.bibtex,
    csl: citation.csl,
  };
}
