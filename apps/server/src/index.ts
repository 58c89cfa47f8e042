export { createApp, type AppOptions } from './app.ts';
export { startServer, type StartOptions, type RunningServer } from './start.ts';
export { serverConfigFromEnv, defaultPublicUrl, type ServerConfig } from './config.ts';
