import type { Config } from '../../config.js';

/** Who publishes, from configuration: feeds, ninjs, JSON-LD and the news sitemap name it. */
export interface Publisher {
  name: string;
  logo?: string;
  language: string;
  copyrightHolder: string;
  usageTerms: string;
  /** One line for feeds' copyright/rights. */
  rights: string;
}

export function publisherOf(config: Config): Publisher {
  const copyrightHolder = config.KIOSQUE_COPYRIGHT_HOLDER ?? config.KIOSQUE_PUBLISHER_NAME;
  return {
    name: config.KIOSQUE_PUBLISHER_NAME,
    logo: config.KIOSQUE_PUBLISHER_LOGO,
    language: config.KIOSQUE_LANGUAGE,
    copyrightHolder,
    usageTerms: config.KIOSQUE_USAGE_TERMS,
    rights: `© ${copyrightHolder}. ${config.KIOSQUE_USAGE_TERMS}`,
  };
}
