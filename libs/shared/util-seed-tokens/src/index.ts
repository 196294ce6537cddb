export { authHeaderFor, seedUser, tokenForSeedUser } from './seed-tokens';
