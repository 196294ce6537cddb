import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/** zh-CN first; English is the switch in 我的 → 设置. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'erqi.language';

/** Every `locales/<language>/<namespace>.json`: one namespace per feature, found by the build. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});

function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const byLanguage: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (byLanguage[match[1]] ??= {})[match[2]] = module.default;
  }
  return byLanguage;
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function initI18n(): void {
  const language = storedLanguage();
  document.documentElement.lang = language;
  void i18n.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
