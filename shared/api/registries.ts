import { z } from 'zod';
import { LoginInfo, LoginInput, RegistryListing, SearchInput, SearchResult, ServerInput, TagsInput } from '../registries';
import { checked, mutation, query, returns, type ServiceOf } from './define';

/** Registries: logins kept the Docker CLI's way, browsing a registry, and the engine's search. */
export const registriesApi = {
  logins: query(null, checked(z.array(LoginInfo))),
  login: mutation(LoginInput, checked(LoginInfo)),
  logout: mutation(ServerInput, returns<void>()),
  catalog: query(ServerInput, checked(RegistryListing)),
  tags: query(TagsInput, checked(RegistryListing)),
  search: query(SearchInput, checked(z.array(SearchResult))),
};
export type RegistriesService = ServiceOf<typeof registriesApi>;
