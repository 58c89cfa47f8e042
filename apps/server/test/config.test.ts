import { describe, expect, it } from 'vitest';
import { defaultPublicUrl, serverConfigFromEnv } from '../src/config.ts';

describe('server configuration', () => {
  it('listens on loopback port 3000 with outbox-only mail by default', () => {
    const config = serverConfigFromEnv({ SPEJL_DATA_DIR: 'data' });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, smtpUrl: undefined, trustProxy: false, publicUrl: undefined, trustedOrigins: [] });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('names every bad variable at once', () => {
    expect(() => serverConfigFromEnv({ PORT: 'eighty', PUBLIC_URL: 'ftp://x', SMTP_URL: 'mail.example.org', AUTH_SECRET: 'short' })).toThrow(
      /PORT[\s\S]*PUBLIC_URL[\s\S]*SMTP_URL[\s\S]*AUTH_SECRET/,
    );
  });

  it('reads the optional settings', () => {
    const config = serverConfigFromEnv({ PORT: '8080', HOST: '0.0.0.0', PUBLIC_URL: 'https://spejl.example.org/', TRUST_PROXY: 'true', TRUSTED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173' });
    expect(config).toMatchObject({ port: 8080, publicUrl: 'https://spejl.example.org', trustProxy: true, trustedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'] });
    expect(defaultPublicUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
  });

  it('bounds the closed rounds a server keeps in memory, and keeps none at 0', () => {
    expect(serverConfigFromEnv({}).resultsCache).toEqual({ maxRounds: 16, maxBytes: 512 * 2 ** 20 });
    expect(serverConfigFromEnv({ SPEJL_RESULTS_CACHE_ROUNDS: '0', SPEJL_RESULTS_CACHE_MB: '64' }).resultsCache).toEqual({ maxRounds: 0, maxBytes: 64 * 2 ** 20 });
    expect(() => serverConfigFromEnv({ SPEJL_RESULTS_CACHE_ROUNDS: '-1' })).toThrow(/SPEJL_RESULTS_CACHE_ROUNDS/);
  });

  it('takes the bulk PDF threads from SPEJL_PDF_THREADS, the default when it is empty, and refuses none', () => {
    expect(serverConfigFromEnv({}).pdfThreads).toBeUndefined();
    expect(serverConfigFromEnv({ SPEJL_PDF_THREADS: '' }).pdfThreads).toBeUndefined();
    expect(serverConfigFromEnv({ SPEJL_PDF_THREADS: '3' }).pdfThreads).toBe(3);
    for (const bad of ['0', '-2', 'two', '1.5']) expect(() => serverConfigFromEnv({ SPEJL_PDF_THREADS: bad }), bad).toThrow(/SPEJL_PDF_THREADS must be a whole number from 1 to 99/);
  });
});
