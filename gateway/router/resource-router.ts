/**
 * Matches a request path to a resource of a deployed API, as API Gateway does: at each level an
 * exact path part wins over `{param}`, which wins over a greedy `{name+}`; when a more specific
 * branch dead-ends, matching backs up and tries the next one. Built once per deployment.
 */

interface Node<T> {
  value?: T;
  exact: Map<string, Node<T>>;
  param?: { name: string; node: Node<T> };
  greedy?: { name: string; value: T };
}

export interface RouteMatch<T> {
  value: T;
  /** Decoded path parameter values; a greedy parameter holds the rest of the path. */
  pathParameters: Record<string, string>;
}

const newNode = <T>(): Node<T> => ({ exact: new Map() });

function splitPath(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export class ResourceRouter<T> {
  private readonly root: Node<T> = newNode();

  constructor(routes: Iterable<{ path: string; value: T }>) {
    for (const r of routes) this.add(r.path, r.value);
  }

  private add(path: string, value: T) {
    let node = this.root;
    for (const part of splitPath(path)) {
      const greedy = /^\{(.+)\+\}$/.exec(part);
      if (greedy) {
        node.greedy = { name: greedy[1], value };
        return;
      }
      const param = /^\{(.+)\}$/.exec(part);
      if (param) {
        node.param ??= { name: param[1], node: newNode() };
        node = node.param.node;
      } else {
        let next = node.exact.get(part);
        if (!next) node.exact.set(part, (next = newNode()));
        node = next;
      }
    }
    node.value = value;
  }

  /** `path` is the raw (percent-encoded) path below the stage. */
  match(path: string): RouteMatch<T> | null {
    const segments = splitPath(path);
    const params: Record<string, string> = {};
    const value = this.walk(this.root, segments, 0, params);
    return value === undefined ? null : { value, pathParameters: params };
  }

  private walk(node: Node<T>, segs: string[], i: number, params: Record<string, string>): T | undefined {
    if (i === segs.length) {
      if (node.value !== undefined) return node.value;
    } else {
      const seg = decode(segs[i]);
      const exact = node.exact.get(seg);
      if (exact) {
        const v = this.walk(exact, segs, i + 1, params);
        if (v !== undefined) return v;
      }
      if (node.param) {
        const v = this.walk(node.param.node, segs, i + 1, params);
        if (v !== undefined) {
          params[node.param.name] = seg;
          return v;
        }
      }
    }
    // A greedy part needs at least one segment below it (`/{proxy+}` does not match `/`).
    if (node.greedy && i < segs.length) {
      params[node.greedy.name] = segs.slice(i).map(decode).join("/");
      return node.greedy.value;
    }
    return undefined;
  }
}
