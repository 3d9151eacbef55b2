/** An engine's id in Berth: lower-case letters, digits and dashes. In every engine-bound call, route and saved key. */
export const ENGINE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** The engine Berth finds the way the docker CLI would (DOCKER_HOST, then the platform's sockets). */
export const DEFAULT_ENGINE = 'local';
