export { newClientId } from '../../internal/client-id.js';
