/**
 * A source's metadata fields, read leniently from whatever a sidecar or front matter holds. Static
 * site generators write their own keys (Jekyll's `layout`, Hugo's `draft`, `tags`, `categories`…):
 * those are ignored. Our keys and the common names for them (`guests` for speakers, `audio` for the
 * recording, `published` for the date) are read; a value we cannot use is dropped with a warning
 * naming the key, and the file still loads. URLs are kept only when they are `http:` or `https:`.
 */
import { READER_NAMES, SOURCE_KINDS, type ReaderName, type SourceKind } from '../model.ts';
import { decodeHTMLStrict } from 'entities';
import { readDate } from './dates.ts';

/** Metadata as given by a sidecar or front matter, before inference. */
export interface GivenMeta {
  title?: string;
  kind?: SourceKind;
  outlet?: string;
  programme?: string;
  episode?: string;
  medium?: 'radio' | 'television';
  author?: string;
  director?: string;
  repository?: string;
  url?: string;
  media?: string;
  date?: string;
  accessed?: string;
  /** One host, or several for a co-hosted programme or a debate with two moderators. */
  host?: string | string[];
  interviewer?: string;
  /** The person an oral history is with (answers `A:`). */
  narrator?: string;
  speakers?: string[];
  /** The format family to read the file with, when sniffing would choose wrong. */
  reader?: ReaderName;
  slug?: string;
}

type Read<T> = { value: T } | { error: string } | null;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Layout names of earlier versions, still accepted in sidecars. */
const LEGACY_LAYOUTS: Record<string, ReaderName> = { script: 'labelled', otter: 'labelled', transcript: 'labelled' };

function text(v: unknown): Read<string> {
  if (typeof v === 'number' && Number.isFinite(v)) return { value: String(v) };
  if (typeof v !== 'string') return v === null || v === undefined ? null : { error: 'must be text' };
  // Blog exports write their titles as HTML (`Tony&#8217;s holy war`); only whole references, ending
  // in a semicolon, are decoded, so `AT&T` and `Q&A` stay as they are.
  const t = (v.includes('&') ? decodeHTMLStrict(v) : v).trim().replace(/\s+/g, ' ');
  return t ? { value: t } : null;
}

/** A site's author id (`frederick-obrien`): words in lower case joined by hyphens. */
const AUTHOR_ID = /^[a-z]{2,20}(?:-[a-z]{2,20}){1,3}$/;

/** A person's name: a string, or an object with a `name` (Jekyll author objects); an author id as words. */
function personName(v: unknown): string | null {
  if (typeof v === 'string') {
    const name = v.trim();
    // Blogs' front matter often gives the author's id, not their name: `frederick-obrien` is shown as
    // "Frederick Obrien" (the id keeps no apostrophe), not as an id.
    return AUTHOR_ID.test(name) ? name.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : name || null;
  }
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') return ((v as { name: string }).name).trim() || null;
  return null;
}

/** One or more names: a list, a single name, or "A, B and C". */
function names(v: unknown): Read<string[]> {
  // Split at the separators alone (each name is trimmed): spaces matched on both sides of them backtracked.
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/,|;|\band\b|&/) : [v];
  const out = list.map(personName).filter((n): n is string => !!n && n.length <= 120);
  if (out.length === 0) return v === null || v === undefined ? null : { error: 'must be a name or a list of names' };
  return { value: [...new Set(out)] };
}

function oneName(v: unknown): Read<string> {
  const r = names(v);
  if (!r || 'error' in r) return r;
  return { value: r.value.length === 1 ? r.value[0]! : `${r.value.slice(0, -1).join(', ')} and ${r.value.at(-1)}` };
}

/** An absolute http(s) URL; anything else (`javascript:`, `data:`, `file:`, a relative path) is refused. */
export function httpUrl(v: unknown): Read<string> {
  if (typeof v !== 'string' || !v.trim()) return v === null || v === undefined ? null : { error: 'must be an http or https URL' };
  let url: URL;
  try {
    url = new URL(v.trim());
  } catch {
    return { error: `"${v.trim().slice(0, 60)}" is not an absolute URL: only http and https URLs are kept` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `only http and https URLs are kept, not ${url.protocol}` };
  return { value: url.href };
}

function media(v: unknown): Read<string> {
  // A bare YouTube video id, as podcast and video site themes store it.
  if (typeof v === 'string' && /^[A-Za-z0-9_-]{11}$/.test(v.trim())) return { value: `https://www.youtube.com/watch?v=${v.trim()}` };
  return httpUrl(v);
}

function kind(v: unknown): Read<SourceKind> {
  const t = typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s_]+/g, '-') : '';
  const aliases: Record<string, SourceKind> = { 'oral history': 'oral-history', oralhistory: 'oral-history', news: 'article', 'news-article': 'article', movie: 'film', screenplay: 'film', subtitles: 'film', episode: 'podcast', broadcast: 'interview', transcript: 'interview' };
  const k = (aliases[t] ?? t) as SourceKind;
  return SOURCE_KINDS.includes(k) ? { value: k } : { error: `must be one of ${SOURCE_KINDS.join(', ')}` };
}

function reader(v: unknown): Read<ReaderName> {
  const t = typeof v === 'string' ? v.trim().toLowerCase() : '';
  const r = (LEGACY_LAYOUTS[t] ?? t) as ReaderName;
  return READER_NAMES.includes(r) ? { value: r } : { error: `must be one of ${READER_NAMES.join(', ')}` };
}

function medium(v: unknown): Read<'radio' | 'television'> {
  const t = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (t === 'radio') return { value: 'radio' };
  if (t === 'tv' || t === 'television') return { value: 'television' };
  return { error: 'must be radio or television' };
}

function slug(v: unknown): Read<string> {
  return typeof v === 'string' && SLUG.test(v) ? { value: v } : { error: 'a slug holds lower-case letters, digits and single dashes' };
}

function date(v: unknown): Read<string> {
  const d = readDate(v);
  return d ? { value: d } : v === null || v === undefined ? null : { error: 'is not a date we can read (use YYYY, YYYY-MM or YYYY-MM-DD)' };
}

interface FieldSpec {
  /**
   * Our key first, then the names other tools use for it (read only when their value fits), then the
   * same in Spanish, Portuguese, French, Italian and German, as transcripts published in them write it.
   */
  keys: string[];
  read: (v: unknown) => Read<unknown>;
}

const FIELDS: { [K in keyof GivenMeta]-?: FieldSpec } = {
  title: { keys: ['title', 'headline', 'titulo', 'título', 'titre', 'titolo', 'titel'], read: text },
  kind: { keys: ['kind', 'type'], read: kind },
  outlet: { keys: ['outlet', 'publisher', 'network', 'publication', 'station', 'site_name', 'emisora', 'medio', 'editorial', 'éditeur', 'editore', 'sender'], read: text },
  programme: { keys: ['programme', 'program', 'show', 'podcast', 'series', 'programa', 'emission', 'émission', 'programma', 'sendung', 'serie'], read: text },
  episode: { keys: ['episode', 'episode_number', 'episodeNumber', 'episodio', 'episódio', 'épisode', 'folge'], read: text },
  medium: { keys: ['medium'], read: medium },
  author: { keys: ['author', 'authors', 'byline', 'critic', 'writer', 'autor', 'autora', 'auteur', 'autrice', 'autore'], read: oneName },
  director: { keys: ['director', 'directed_by'], read: oneName },
  repository: { keys: ['repository', 'archive', 'institution'], read: text },
  url: { keys: ['url', 'link', 'canonical_url', 'canonical', 'source_url', 'original_url', 'url_canonica', 'url_canónica', 'enlace'], read: httpUrl },
  media: { keys: ['media', 'audio', 'video', 'recording', 'enclosure', 'mp3', 'audio_url', 'video_url', 'youtube', 'url_audio', 'url_video'], read: media },
  date: { keys: ['date', 'published', 'pubDate', 'pub_date', 'publishDate', 'aired', 'air_date', 'recorded', 'interview_date', 'fecha', 'fecha_publicacion', 'fecha_publicación', 'fecha_emision', 'fecha_emisión', 'date_publication', 'date_diffusion', 'datum', 'data_pubblicazione'], read: date },
  accessed: { keys: ['accessed', 'retrieved', 'access_date'], read: date },
  host: { keys: ['host', 'hosts', 'moderator', 'moderators', 'anchor', 'presentador', 'presentadora', 'presentadores', 'conductora', 'apresentador', 'apresentadora', 'animateur', 'animatrice', 'presentatore', 'presentatrice', 'conduttore', 'conduttrice', 'moderatorin'], read: names },
  interviewer: { keys: ['interviewer', 'interviewers', 'entrevistador', 'entrevistadora', 'intervieweur', 'intervieweuse', 'intervistatore', 'intervistatrice'], read: oneName },
  narrator: { keys: ['narrator', 'interviewee', 'entrevistado', 'entrevistada', 'interviewé', 'interviewée', 'intervistato', 'intervistata'], read: oneName },
  speakers: { keys: ['speakers', 'guests', 'guest', 'participants', 'panelists', 'people', 'invitado', 'invitada', 'invitados', 'convidado', 'convidados', 'participantes', 'invité', 'invités', 'invitée', 'ospite', 'ospiti', 'gast', 'gäste'], read: names },
  reader: { keys: ['reader', 'layout'], read: reader },
  slug: { keys: ['slug'], read: slug },
};

/** Keys static site generators and feed tools write that mean nothing to Verbatim: ignored quietly. */
const SITE_KEYS = new Set(
  ('tags tag categories category draft permalink weight aliases description summary excerpt image images thumbnail cover ' +
    'featured_image feature_image comments toc menu keywords lang language sitemap redirect_from redirect_to hidden sticky ' +
    'subtitle lastmod last_modified_at modified updated expirydate expiry_date author_profile share related header og_image ' +
    'twitter seo published_at id guid duration length explicit season filesize file_size transcript transcript_url chapters ' +
    'notes show_notes sponsors links resources music credits featured pinned order sort nav_order parent has_children ' +
    // The same in the languages above.
    'descripcion descripción resumen idioma etiquetas categorias categorías temas palabras serie_slug descrizione lingua langue sprache resume résumé beschreibung').split(' '),
);

export interface FieldProblem {
  key: string;
  message: string;
}

/**
 * Our metadata from a document's top-level mapping. Problems come back per key (the caller knows
 * the lines); nothing here throws.
 */
export function readFields(data: Record<string, unknown>): { meta: GivenMeta; problems: FieldProblem[] } {
  const meta: GivenMeta = {};
  const problems: FieldProblem[] = [];
  const used = new Set<string>();
  const byLowerKey = new Map(Object.keys(data).map((k) => [k.toLowerCase(), k]));
  for (const [field, spec] of Object.entries(FIELDS) as Array<[keyof GivenMeta, FieldSpec]>) {
    spec.keys.forEach((name, i) => {
      const key = byLowerKey.get(name.toLowerCase());
      if (key === undefined) return;
      used.add(key);
      if (meta[field] !== undefined) return;
      const result = spec.read(data[key]);
      if (!result) return;
      if ('value' in result) (meta as Record<string, unknown>)[field] = result.value;
      // Our own key, or an unsafe address under any name, is worth a warning; another tool's key
      // holding something else (Jekyll's `layout: post`, Hugo's `type: posts`) is simply not ours.
      else if (i === 0 || /only http and https/.test(result.error)) problems.push({ key, message: `${key}: ${result.error}; the field was ignored` });
    });
  }
  for (const key of Object.keys(data)) {
    if (!used.has(key) && !SITE_KEYS.has(key.toLowerCase())) problems.push({ key, message: `unknown key "${key}" was ignored` });
  }
  if (meta.host !== undefined && Array.isArray(meta.host) && meta.host.length === 1) meta.host = meta.host[0]!;
  return { meta, problems };
}
