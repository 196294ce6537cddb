// kafkajs ships types for its public API only. The compatibility test also reads, from kafkajs itself,
// which version of each request it implements (it sends min(that, the broker's highest) and never
// checks the broker's lowest), so these two internal modules of kafkajs 2.2.4 are declared here.
declare module 'kafkajs/src/protocol/requests' {
  export const requests: Readonly<Record<string, { readonly versions: readonly string[] }>>;
}

declare module 'kafkajs/src/protocol/requests/apiKeys' {
  const apiKeys: Readonly<Record<string, number>>;
  export = apiKeys;
}
