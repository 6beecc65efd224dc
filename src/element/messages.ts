/**
 * The element's UI strings by language: English is the complete base, French, German and Spanish translate it, and a
 * key missing in a language (or a language without a table) falls back to English. Plurals by `Intl.PluralRules`,
 * numbers by `Intl.NumberFormat`; dates come from src/render/date-phrase.ts with the same locale.
 */
import { eventDatePhrase, formatCount, resolveLocale, yearSpanLabel, type Locale } from '../render/date-phrase.js';
import { languageOf } from '../render/locale.js';
import type { TimelineEvent } from '../model/types.js';

/** Plural forms of a message, by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const EN = {
  loading: 'Loading…',
  eventCount: { one: '{count} event', other: '{count} events' } as PluralForms,
  defaultName: 'Timeline',
  chartHelp: 'Timeline chart: arrow keys move between events, Enter selects, plus and minus zoom, 0 shows all',
  chartHelpStory: 'Timeline chart: left and right arrow keys step through the story, up and down move between events, Enter selects, plus and minus zoom, 0 shows all',
  noEvents: 'No events to show.',
  eventsInOrder: 'Events in time order',
  showMore: 'Show {shown} more of {rest}',
  moreEvents: { one: 'and {count} more event', other: 'and {count} more events' } as PluralForms,
  textUnreadable: 'The text could not be read as a timeline: {error}',
  noEventsArray: 'The timeline is not valid: it needs an "events" array.',
  noDatedEvents: 'No dated events were found in this input.',
  noPlaceableEvents: 'None of the events has a date that can be placed on a timeline.',
  eventsInvalid: 'The events are not valid',
  timelineInvalid: 'The timeline is not valid',
  jsonUnreadable: 'The timeline JSON could not be read: {error}',
  jsonInvalid: 'The timeline JSON is not valid',
  srcNotHttp: 'The src "{url}" is not an http or https URL.',
  loadFailed: 'Could not load {url}: {error}',
  tooLarge: '{url} is larger than the {size} limit for src (set max-src-bytes to allow more).',
  newTab: ' (opens in a new tab)',
  image: 'Image',
  imageOf: 'Image: {title}',
  video: 'Video',
  videoOf: 'Video: {title}',
  openVideo: 'Open the video',
  watchVideo: 'Watch the video',
  viewMedia: 'View the media',
  links: 'Links',
  selectedEvent: 'Selected event',
  howFound: 'How this date was found: {explanation}',
  closeDetails: 'Close details',
  articleText: 'Article text',
  zoom: 'Zoom',
  zoomOut: 'Zoom out',
  zoomOutTitle: 'Zoom out (−)',
  zoomIn: 'Zoom in',
  zoomInTitle: 'Zoom in (+)',
  showAll: 'Show all events',
  showAllTitle: 'Show all (0)',
  story: 'Story',
  previousEvent: 'Previous event',
  previousEventTitle: 'Previous event (←)',
  nextEvent: 'Next event',
  nextEventTitle: 'Next event (→)',
  storyPosition: '{index} / {count}',
  storyStatus: 'Event {index} of {count}: {title}',
  untitled: '(untitled)',
  clusterFrom: 'from {date}',
  clusterHow: 'Click or press Enter to zoom in',
  clusterOne: '1 event on {date}, no room for its label; press Enter to zoom in',
  clusterMany: '{count} events from {date}; press Enter to zoom in',
  groups: 'Groups',
  moreGroups: 'and {count} more',
  earlier: { one: '‹ {count} event earlier', other: '‹ {count} events earlier' } as PluralForms,
  later: { one: '{count} event later ›', other: '{count} events later ›' } as PluralForms,
  showEdge: 'Show {text}',
  zoomHint: '{key} + scroll to zoom',
};

/** A message's key. */
export type MessageKey = keyof typeof EN;
/** A language's messages: any keys of the English base (the rest fall back to English). */
export type MessageTable = Partial<Record<MessageKey, string | PluralForms>>;

const FR: MessageTable = {
  loading: 'Chargement…',
  eventCount: { one: '{count} événement', other: '{count} événements' },
  defaultName: 'Chronologie',
  chartHelp: 'Frise chronologique : les flèches passent d’un événement à l’autre, Entrée sélectionne, plus et moins zooment, 0 montre tout',
  chartHelpStory: 'Frise chronologique : les flèches gauche et droite parcourent le récit, haut et bas passent d’un événement à l’autre, Entrée sélectionne, plus et moins zooment, 0 montre tout',
  noEvents: 'Aucun événement à afficher.',
  eventsInOrder: 'Événements par ordre chronologique',
  showMore: 'Afficher {shown} de plus sur {rest}',
  moreEvents: { one: 'et {count} autre événement', other: 'et {count} autres événements' },
  textUnreadable: 'Le texte n’a pas pu être lu comme une chronologie : {error}',
  noEventsArray: 'La chronologie n’est pas valide : il lui faut un tableau « events ».',
  noDatedEvents: 'Aucun événement daté n’a été trouvé dans ce contenu.',
  noPlaceableEvents: 'Aucun des événements n’a de date qui puisse être placée sur une chronologie.',
  eventsInvalid: 'Les événements ne sont pas valides',
  timelineInvalid: 'La chronologie n’est pas valide',
  jsonUnreadable: 'Le JSON de la chronologie n’a pas pu être lu : {error}',
  jsonInvalid: 'Le JSON de la chronologie n’est pas valide',
  srcNotHttp: 'Le src « {url} » n’est pas une URL http ou https.',
  loadFailed: 'Impossible de charger {url} : {error}',
  tooLarge: '{url} dépasse la limite de {size} pour src (max-src-bytes permet davantage).',
  newTab: ' (s’ouvre dans un nouvel onglet)',
  image: 'Image',
  imageOf: 'Image : {title}',
  video: 'Vidéo',
  videoOf: 'Vidéo : {title}',
  openVideo: 'Ouvrir la vidéo',
  watchVideo: 'Regarder la vidéo',
  viewMedia: 'Voir le média',
  links: 'Liens',
  selectedEvent: 'Événement sélectionné',
  howFound: 'Comment cette date a été trouvée : {explanation}',
  closeDetails: 'Fermer les détails',
  articleText: 'Texte de l’article',
  zoom: 'Zoom',
  zoomOut: 'Zoom arrière',
  zoomOutTitle: 'Zoom arrière (−)',
  zoomIn: 'Zoom avant',
  zoomInTitle: 'Zoom avant (+)',
  showAll: 'Afficher tous les événements',
  showAllTitle: 'Tout afficher (0)',
  story: 'Récit',
  previousEvent: 'Événement précédent',
  previousEventTitle: 'Événement précédent (←)',
  nextEvent: 'Événement suivant',
  nextEventTitle: 'Événement suivant (→)',
  storyStatus: 'Événement {index} sur {count} : {title}',
  untitled: '(sans titre)',
  clusterFrom: 'à partir du {date}',
  clusterHow: 'Cliquez ou appuyez sur Entrée pour zoomer',
  clusterOne: '1 événement le {date}, sans place pour son libellé ; appuyez sur Entrée pour zoomer',
  clusterMany: '{count} événements à partir du {date} ; appuyez sur Entrée pour zoomer',
  groups: 'Groupes',
  moreGroups: 'et {count} de plus',
  earlier: { one: '‹ {count} événement avant', other: '‹ {count} événements avant' },
  later: { one: '{count} événement après ›', other: '{count} événements après ›' },
  showEdge: 'Afficher {text}',
  zoomHint: '{key} + molette pour zoomer',
};

const DE: MessageTable = {
  loading: 'Wird geladen…',
  eventCount: { one: '{count} Ereignis', other: '{count} Ereignisse' },
  defaultName: 'Zeitleiste',
  chartHelp: 'Zeitleiste: Pfeiltasten wechseln zwischen Ereignissen, Eingabe wählt aus, Plus und Minus zoomen, 0 zeigt alles',
  chartHelpStory: 'Zeitleiste: Pfeil links und rechts gehen durch die Geschichte, Pfeil hoch und runter wechseln zwischen Ereignissen, Eingabe wählt aus, Plus und Minus zoomen, 0 zeigt alles',
  noEvents: 'Keine Ereignisse vorhanden.',
  eventsInOrder: 'Ereignisse in zeitlicher Reihenfolge',
  showMore: '{shown} weitere von {rest} anzeigen',
  moreEvents: { one: 'und {count} weiteres Ereignis', other: 'und {count} weitere Ereignisse' },
  textUnreadable: 'Der Text konnte nicht als Zeitleiste gelesen werden: {error}',
  noEventsArray: 'Die Zeitleiste ist ungültig: Sie braucht ein Array „events“.',
  noDatedEvents: 'In dieser Eingabe wurden keine datierten Ereignisse gefunden.',
  noPlaceableEvents: 'Keines der Ereignisse hat ein Datum, das sich auf einer Zeitleiste einordnen lässt.',
  eventsInvalid: 'Die Ereignisse sind ungültig',
  timelineInvalid: 'Die Zeitleiste ist ungültig',
  jsonUnreadable: 'Das JSON der Zeitleiste konnte nicht gelesen werden: {error}',
  jsonInvalid: 'Das JSON der Zeitleiste ist ungültig',
  srcNotHttp: 'Die src „{url}“ ist keine http- oder https-URL.',
  loadFailed: '{url} konnte nicht geladen werden: {error}',
  tooLarge: '{url} ist größer als die Grenze von {size} für src (max-src-bytes erlaubt mehr).',
  newTab: ' (öffnet in einem neuen Tab)',
  image: 'Bild',
  imageOf: 'Bild: {title}',
  video: 'Video',
  videoOf: 'Video: {title}',
  openVideo: 'Video öffnen',
  watchVideo: 'Video ansehen',
  viewMedia: 'Medium ansehen',
  links: 'Links',
  selectedEvent: 'Ausgewähltes Ereignis',
  howFound: 'So wurde dieses Datum gefunden: {explanation}',
  closeDetails: 'Details schließen',
  articleText: 'Artikeltext',
  zoom: 'Zoom',
  zoomOut: 'Verkleinern',
  zoomOutTitle: 'Verkleinern (−)',
  zoomIn: 'Vergrößern',
  zoomInTitle: 'Vergrößern (+)',
  showAll: 'Alle Ereignisse zeigen',
  showAllTitle: 'Alle zeigen (0)',
  story: 'Geschichte',
  previousEvent: 'Vorheriges Ereignis',
  previousEventTitle: 'Vorheriges Ereignis (←)',
  nextEvent: 'Nächstes Ereignis',
  nextEventTitle: 'Nächstes Ereignis (→)',
  storyStatus: 'Ereignis {index} von {count}: {title}',
  untitled: '(ohne Titel)',
  clusterFrom: 'ab {date}',
  clusterHow: 'Klicken oder Eingabe drücken zum Vergrößern',
  clusterOne: '1 Ereignis am {date}, kein Platz für seine Beschriftung; Eingabe drücken zum Vergrößern',
  clusterMany: '{count} Ereignisse ab {date}; Eingabe drücken zum Vergrößern',
  groups: 'Gruppen',
  moreGroups: 'und {count} weitere',
  earlier: { one: '‹ {count} Ereignis früher', other: '‹ {count} Ereignisse früher' },
  later: { one: '{count} Ereignis später ›', other: '{count} Ereignisse später ›' },
  showEdge: '{text} zeigen',
  zoomHint: '{key} + Scrollen zum Zoomen',
};

const ES: MessageTable = {
  loading: 'Cargando…',
  eventCount: { one: '{count} acontecimiento', other: '{count} acontecimientos' },
  defaultName: 'Cronología',
  chartHelp: 'Cronología: las flechas pasan de un acontecimiento a otro, Intro selecciona, más y menos hacen zoom, 0 muestra todo',
  chartHelpStory: 'Cronología: las flechas izquierda y derecha recorren la historia, arriba y abajo pasan de un acontecimiento a otro, Intro selecciona, más y menos hacen zoom, 0 muestra todo',
  noEvents: 'No hay acontecimientos que mostrar.',
  eventsInOrder: 'Acontecimientos en orden cronológico',
  showMore: 'Mostrar {shown} más de {rest}',
  moreEvents: { one: 'y {count} acontecimiento más', other: 'y {count} acontecimientos más' },
  textUnreadable: 'No se pudo leer el texto como una cronología: {error}',
  noEventsArray: 'La cronología no es válida: necesita una lista «events».',
  noDatedEvents: 'No se encontraron acontecimientos con fecha en este contenido.',
  noPlaceableEvents: 'Ninguno de los acontecimientos tiene una fecha que se pueda situar en una cronología.',
  eventsInvalid: 'Los acontecimientos no son válidos',
  timelineInvalid: 'La cronología no es válida',
  jsonUnreadable: 'No se pudo leer el JSON de la cronología: {error}',
  jsonInvalid: 'El JSON de la cronología no es válido',
  srcNotHttp: 'El src «{url}» no es una URL http o https.',
  loadFailed: 'No se pudo cargar {url}: {error}',
  tooLarge: '{url} supera el límite de {size} para src (max-src-bytes permite más).',
  newTab: ' (se abre en una pestaña nueva)',
  image: 'Imagen',
  imageOf: 'Imagen: {title}',
  video: 'Vídeo',
  videoOf: 'Vídeo: {title}',
  openVideo: 'Abrir el vídeo',
  watchVideo: 'Ver el vídeo',
  viewMedia: 'Ver el contenido',
  links: 'Enlaces',
  selectedEvent: 'Acontecimiento seleccionado',
  howFound: 'Cómo se encontró esta fecha: {explanation}',
  closeDetails: 'Cerrar los detalles',
  articleText: 'Texto del artículo',
  zoom: 'Zoom',
  zoomOut: 'Alejar',
  zoomOutTitle: 'Alejar (−)',
  zoomIn: 'Acercar',
  zoomInTitle: 'Acercar (+)',
  showAll: 'Mostrar todos los acontecimientos',
  showAllTitle: 'Mostrar todo (0)',
  story: 'Historia',
  previousEvent: 'Acontecimiento anterior',
  previousEventTitle: 'Acontecimiento anterior (←)',
  nextEvent: 'Acontecimiento siguiente',
  nextEventTitle: 'Acontecimiento siguiente (→)',
  storyStatus: 'Acontecimiento {index} de {count}: {title}',
  untitled: '(sin título)',
  clusterFrom: 'desde el {date}',
  clusterHow: 'Haga clic o pulse Intro para acercar',
  clusterOne: '1 acontecimiento el {date}, sin espacio para su etiqueta; pulse Intro para acercar',
  clusterMany: '{count} acontecimientos desde el {date}; pulse Intro para acercar',
  groups: 'Grupos',
  moreGroups: 'y {count} más',
  earlier: { one: '‹ {count} acontecimiento antes', other: '‹ {count} acontecimientos antes' },
  later: { one: '{count} acontecimiento después ›', other: '{count} acontecimientos después ›' },
  showEdge: 'Mostrar {text}',
  zoomHint: '{key} + rueda para hacer zoom',
};

/** The message tables by language subtag. */
export const MESSAGE_TABLES: Readonly<Record<string, MessageTable>> = { en: EN, fr: FR, de: DE, es: ES };

type Vars = Readonly<Record<string, string | number>>;

const fill = (template: string, vars: Vars): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The UI strings, dates and numbers of one language: what the element and its templates say. */
export class Messages {
  /** The BCP 47 tag dates and numbers are written in (`en` for an unknown tag). */
  readonly locale: Locale;
  private readonly table: MessageTable;
  private readonly plurals: Intl.PluralRules;

  /** `lang`: a BCP 47 tag; an unknown or malformed one is English. */
  constructor(lang: string | null | undefined = 'en') {
    this.locale = resolveLocale(lang);
    this.table = MESSAGE_TABLES[languageOf(this.locale)] ?? EN;
    this.plurals = new Intl.PluralRules(this.locale);
  }

  private raw(key: MessageKey): string | PluralForms {
    return this.table[key] ?? EN[key];
  }

  /** The message `key` with `{name}` placeholders filled in from `vars`. */
  t(key: MessageKey, vars: Vars = {}): string {
    const raw = this.raw(key);
    return fill(typeof raw === 'string' ? raw : raw.other, vars);
  }

  /** The plural form of `key` for `count`, `{count}` written by {@link Messages.count}. */
  plural(key: MessageKey, count: number, vars: Vars = {}): string {
    const raw = this.raw(key);
    const forms: PluralForms = typeof raw === 'string' ? { other: raw } : raw;
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return fill(form, { count: this.count(count), ...vars });
  }

  /** A count as the language writes it (`1.2k` in English, `1,2 k` in French). */
  count(n: number): string {
    return formatCount(n, this.locale);
  }

  /** A plain number as the language writes it (`1234` in English, as before; `1 234` in French). */
  number(n: number): string {
    return languageOf(this.locale) === 'en' ? String(n) : new Intl.NumberFormat(this.locale).format(n);
  }

  /** An event's date in this language (`short`: for labels). */
  date(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, short = false): string {
    return eventDatePhrase(event, short, this.locale);
  }

  /** Two years as a span in this language. */
  years(from: number, to: number): string {
    return yearSpanLabel(from, to, this.locale);
  }
}

/** English: what the element says when no `lang` is set anywhere. */
export const ENGLISH = new Messages('en');
