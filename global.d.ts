import type en from './messages/en.json';
import type { routing } from './lib/i18n/routing';

// Message keys and locales are typed from en.json and the routing definition.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof en;
  }
}
