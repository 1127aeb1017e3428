import type { Speaker } from '@/lib/claims/claimant';
import type { MessageUnit } from './message-units';

const ROLE_WORDS: Record<string, Speaker> = {
  买家: 'buyer',
  卖家: 'seller',
  商家: 'seller',
  客服: 'seller',
  系统: 'system',
  平台: 'system',
  小二: 'system',
  淘宝小二: 'system',
  平台客服: 'system',
  系统消息: 'system',
};

/** A header piece that names a role (协商历史's "买家" / "卖家" / "系统") rather than a person. */
export function roleOf(piece: string): Speaker | undefined {
  return ROLE_WORDS[piece.replace(/[:：\s]/g, '')];
}

/**
 * The shop part of a seller's `店铺:子账号` name. Taobao nicks cannot hold a
 * colon, so a name with one is always the seller's side.
 */
export function shopOfSubAccount(name: string): string | undefined {
  const m = /^([^:：]+)[:：][^:：]+$/.exec(name.trim());
  return m?.[1]?.trim();
}

/** The local name of a CSS-module class (`_chatContentXiaoer_1fgcw_27` → `chatContentXiaoer`). */
export function localClassNames(el: Element): string[] {
  return [...el.classList].map((c) => /^_?([A-Za-z][A-Za-z0-9]*?)(?:_[A-Za-z0-9]{4,8}_\d+|-[A-Za-z0-9]{5,})?$/.exec(c)?.[1] ?? c);
}

const SELLER_SIDE = /xiaoer|seller|self|mine/i;

/** The seller's side by the page's own structure: a wrapper whose class local name says so. */
export function sellerSideByStructure(unit: Element): boolean {
  for (let el: Element | null = unit, depth = 0; el && depth < 2; el = el.parentElement, depth++) {
    if (localClassNames(el).some((n) => SELLER_SIDE.test(n))) return true;
  }
  return false;
}

/** Decides who spoke from the header: role word, then the seller's names, then structure. */
export function speakerOf(role: Speaker | undefined, name: string, sellerNames: ReadonlySet<string>, unit: Element): Speaker {
  if (role) return role;
  if (!name) return 'system';
  if (shopOfSubAccount(name) !== undefined || sellerNames.has(name)) return 'seller';
  return sellerSideByStructure(unit) ? 'seller' : 'buyer';
}

/** Who spoke a unit, as its header says. */
export type SpokenUnit = { unit: MessageUnit; name: string; from: Speaker };

/** A unit with its speaker; a seller's `店铺:子账号` name teaches `sellerNames` the shop. */
export function spokenUnitOf(unit: MessageUnit, sellerNames: Set<string>): SpokenUnit {
  const role = unit.header.map(roleOf).find((r) => r !== undefined);
  const name = unit.header.find((p) => roleOf(p) === undefined) ?? '';
  const shop = shopOfSubAccount(name);
  if (shop) sellerNames.add(shop);
  return { unit, name, from: speakerOf(role, name, sellerNames, unit.element) };
}
