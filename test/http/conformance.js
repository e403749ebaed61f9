// Checks HTTP exchanges against the contract (openapi.yaml), in Node: each request body against
// its operation's request schema, each JSON answer against the schema of its status, each live
// event against ConversationEvent / InteractionEvent. @readme/openapi-parser validates and
// dereferences the file; Ajv (JSON Schema 2020-12, which OpenAPI 3.1 schemas are) checks values.
import { fileURLToPath } from 'node:url';
import { validate, dereference } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';

const SPEC = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Loads the contract once: operations with a path matcher, and a validator per schema. */
export async function loadContract() {
  const checked = await validate(SPEC);
  if (!checked.valid) throw new Error(`openapi.yaml is not a valid OpenAPI document: ${JSON.stringify(checked.errors).slice(0, 500)}`);
  const spec = await dereference(SPEC);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
  const compiled = new Map();
  const compile = (schema) => {
    if (!compiled.has(schema)) compiled.set(schema, ajv.compile(schema));
    return compiled.get(schema);
  };
  const operations = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const method of ['get', 'post', 'put', 'delete']) if (item[method]) operations.push({ method: method.toUpperCase(), template, pattern, operation: item[method] });
  }
  const eventSchema = { conversation: spec.components.schemas.ConversationEvent, interactions: spec.components.schemas.InteractionEvent };

  const problems = (validator, value, where) => {
    if (validator(value)) return [];
    return [`${where}: ${ajv.errorsText(validator.errors, { dataVar: 'body' })}`];
  };

  return {
    /**
     * What is wrong with one exchange, in words; empty when it keeps the contract. `path` is the
     * path under the base URL ("/conversations/c-1/messages").
     */
    check({ method, path, requestBody, status, contentType, responseBody }) {
      const found = operations.find((o) => o.method === method && o.pattern.test(path));
      if (!found) return [`${method} ${path}: no such operation in openapi.yaml`];
      const where = `${method} ${found.template}`;
      const out = [];
      const requestSchema = found.operation.requestBody?.content?.['application/json']?.schema;
      if (requestSchema && requestBody !== undefined) out.push(...problems(compile(requestSchema), requestBody, `${where} request`));
      const response = found.operation.responses[String(status)] ?? found.operation.responses[`${String(status)[0]}XX`];
      if (!response) return [...out, `${where}: status ${status} is not in the contract`];
      const type = (contentType ?? '').split(';')[0].trim();
      if (!response.content) {
        if (responseBody !== undefined && responseBody !== '') out.push(`${where} ${status}: a body where the contract has none`);
        return out;
      }
      const media = response.content[type];
      if (!media) return [...out, `${where} ${status}: content type "${type}" is not one of ${Object.keys(response.content).join(', ')}`];
      if (type.includes('json')) out.push(...problems(compile(media.schema), responseBody, `${where} ${status}`));
      return out;
    },
    /** What is wrong with a live event's data ("conversation" or "interactions" stream). */
    checkEvent(stream, data) {
      return problems(compile(eventSchema[stream]), data, `${stream} event`);
    },
  };
}
