import { openDatabase, type SellerShieldDb } from '@/lib/store/db';

// Opened lazily and reopened after the worker restarts: a cache, not state.
let db: SellerShieldDb | undefined;
export function database(): SellerShieldDb {
  db ??= openDatabase();
  return db;
}
