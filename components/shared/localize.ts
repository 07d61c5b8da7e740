import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The strings of each element, by the key its class localizes under (`meeting`, `roster`, …).
 * Each element module adds its own entry by declaration merging, so a translation is typed for
 * every element without this module knowing them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChimeStringsByElement {}

/** Strings of one language: for each element, some or all of its strings. */
export type ChimeTranslation = {
  [K in keyof ChimeStringsByElement]?: Partial<ChimeStringsByElement[K]>;
};

const translations = new Map<string, ChimeTranslation>();
const controllers = new Set<LocalizeController<keyof ChimeStringsByElement>>();
let observer: MutationObserver | undefined;

/**
 * Adds (or extends) the strings of a language, e.g. `registerTranslation('fr', {roster: {…}})`.
 * Elements inside an ancestor with that `lang` (or a regional variant of it) show them; an
 * element's own `strings` property still wins. English is built in.
 */
export function registerTranslation(lang: string, translation: ChimeTranslation): void {
  const key = lang.toLowerCase();
  const merged: Record<string, object> = { ...translations.get(key) };
  for (const [element, strings] of Object.entries(translation)) {
    merged[element] = { ...merged[element], ...(strings as object) };
  }
  translations.set(key, merged as ChimeTranslation);
  for (const controller of controllers) controller.host.requestUpdate();
}

/** The language of `element`: the `lang` of its nearest ancestor that has one, across shadow roots. */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return globalThis.navigator?.language ?? 'en';
}

/** Re-renders every localized element when a `lang` changes anywhere in the document. */
function observeLanguageChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its strings: the built-in English ones, replaced by the registered translation
 * of the element's language (its base language first, then the regional variant), replaced by the
 * element's own `strings` property. Re-renders the element when the language changes.
 */
export class LocalizeController<K extends keyof ChimeStringsByElement> implements ReactiveController {
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: K,
    private readonly defaults: ChimeStringsByElement[K],
    private readonly overrides: () => Partial<ChimeStringsByElement[K]> | undefined,
  ) {
    host.addController(this);
  }

  /** The element's language (nearest `lang`), e.g. for formatting numbers and times. */
  get lang(): string {
    return languageOf(this.host);
  }

  /** The strings to show now. */
  get strings(): ChimeStringsByElement[K] {
    const lang = this.lang.toLowerCase();
    const base = lang.split('-')[0]!;
    return {
      ...this.defaults,
      ...translations.get(base)?.[this.key],
      ...(base !== lang ? translations.get(lang)?.[this.key] : undefined),
      ...this.overrides(),
    } as ChimeStringsByElement[K];
  }

  /** Formats a number for the element's language. */
  number(value: number): string {
    return new Intl.NumberFormat(this.lang).format(value);
  }

  hostConnected(): void {
    controllers.add(this as LocalizeController<keyof ChimeStringsByElement>);
    observeLanguageChanges();
  }

  hostDisconnected(): void {
    controllers.delete(this as LocalizeController<keyof ChimeStringsByElement>);
  }
}
