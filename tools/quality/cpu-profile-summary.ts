import { readFileSync } from 'node:fs';

/** One row of a self-time table. */
export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Which part of the stack a script belongs to, for the by-area table. */
export function classifyUrl(url: string): string {
  if (url === '') return '(V8/native: GC, idle, program)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm?.[1]) return nm[1];
  const own = url.match(/dist\/((?:src\/[^/]+)|intents)/);
  if (own?.[1]) return `factdesk ${own[1]}`;
  return url.split('/').slice(-2).join('/');
}

const shortUrl = (url: string): string => {
  const nm = url.match(/node_modules\/(.+)$/);
  if (nm?.[1]) return nm[1];
  const own = url.match(/dist\/(.+)$/);
  return own?.[1] ?? url;
};

/**
 * Summarises a V8 `.cpuprofile` into self time per function and per area (package or factdesk folder),
 * from the sample timeline, so the report can say where a question's time goes; and factdesk's own
 * functions by inclusive time (a sample counts for every one of them on its stack, once each).
 */
export function summarizeCpuProfile(
  path: string,
  top = 15,
): { functions: SelfTime[]; areas: SelfTime[]; inclusive: SelfTime[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of samples.entries()) {
    // A sample's time is the gap to the next sample.
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  }
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    return url ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}` : functionName;
  };
  const fn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const area = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const name = nameOf(node);
    fn.set(name, (fn.get(name) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = byId.get(parent.get(at.id) ?? -1)) {
      if (classifyUrl(at.callFrame.url).startsWith('factdesk')) onStack.add(nameOf(at));
    }
    for (const own of onStack) inclusive.set(own, (inclusive.get(own) ?? 0) + us);
    const a = classifyUrl(url);
    area.set(a, (area.get(a) ?? 0) + us);
  }
  const rows = (m: Map<string, number>): SelfTime[] =>
    [...m]
      .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }))
      .sort((x, y) => y.ms - x.ms);
  return {
    functions: rows(fn).slice(0, top),
    areas: rows(area),
    inclusive: rows(inclusive).slice(0, top),
    totalMs: total / 1000,
  };
}
