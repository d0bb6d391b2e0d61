/**
 * A fake of the slice of GitHub's REST API the perf bot uses, for tests: a node:http server on
 * 127.0.0.1 that keeps issue comments in memory, records every request, and can be told to
 * misbehave (answer with a given status and headers, drop the connection or stall after applying a
 * request, as a real server that timed out after doing the work would).
 *
 * It behaves like GitHub where the bot depends on it: `Bearer` authentication (401 "Bad credentials"),
 * 404 for unknown repositories, pull requests and comments, pages of `per_page` (at most 100) with a
 * `Link` header, 201 on create, 200 on update, 422 "Validation Failed" for a body over 65,536
 * characters, and 403 "Resource not accessible by integration" for writes with a read-only token
 * (the token of a pull request from a fork).
 *
 * Owns: the fake. Must not: be imported by anything but tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export type Misbehaviour =
  /** Answer this instead of handling the request (nothing changes). */
  | { readonly kind: 'respond'; readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  /** Handle the request (its effect happens), then close the connection without answering. */
  | { readonly kind: 'apply-then-drop' }
  /** Handle the request (its effect happens), then answer only after `ms`. */
  | { readonly kind: 'apply-then-stall'; readonly ms: number };

export interface MisbehaviourRule {
  readonly method?: string;
  readonly path?: RegExp;
  /** How many matching requests it applies to (default 1). */
  readonly times?: number;
  readonly then: Misbehaviour;
}

export interface FakeGitHubOptions {
  /** The token that authenticates; any other gets 401. */
  readonly token: string;
  /** `owner/name` of the only repository. */
  readonly repo: string;
  /** The pull requests that exist, with their head commit. */
  readonly pulls: Readonly<Record<number, { readonly headSha: string }>>;
  /** The token is read-only: writes get 403, as for a pull request from a fork. */
  readonly readOnly?: boolean;
  /** The login of the token's account. */
  readonly botLogin?: string;
}

export const FAKE_BODY_LIMIT = 65_536;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private readonly comments = new Map<number, FakeComment[]>();
  private readonly rules: Array<MisbehaviourRule & { left: number }> = [];
  private readonly stalls = new Set<NodeJS.Timeout>();
  private nextId = 1000;
  private readonly botLogin: string;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: FakeGitHubOptions,
  ) {
    this.botLogin = options.botLogin ?? 'github-actions[bot]';
  }

  static async start(options: FakeGitHubOptions): Promise<FakeGitHub> {
    let fake: FakeGitHub | undefined;
    const server = createServer((req, res) => {
      void fake!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, options);
    return fake;
  }

  async close(): Promise<void> {
    for (const t of this.stalls) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  misbehave(rule: MisbehaviourRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 });
  }

  /** Adds comments written by people (or by `type: 'Bot'` accounts) to a pull request. */
  seed(pr: number, comments: ReadonlyArray<{ body: string; login?: string; type?: 'User' | 'Bot' }>): FakeComment[] {
    return comments.map((c) => this.addComment(pr, c.body, { login: c.login ?? 'alice', type: c.type ?? 'User' }));
  }

  commentsOf(pr: number): readonly FakeComment[] {
    return this.comments.get(pr) ?? [];
  }

  /** Requests with this method whose path matches. */
  requestsOf(method: string, path?: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (!path || path.test(r.path)));
  }

  private addComment(pr: number, body: string, user: FakeComment['user']): FakeComment {
    const id = this.nextId++;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id - 1000)).toISOString();
    const comment: FakeComment = {
      id,
      body,
      html_url: `https://github.com/${this.options.repo}/pull/${pr}#issuecomment-${id}`,
      user,
      created_at: now,
      updated_at: now,
    };
    const list = this.comments.get(pr) ?? [];
    list.push(comment);
    this.comments.set(pr, list);
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    let body: unknown = undefined;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, authorization: req.headers.authorization, body });

    const rule = this.rules.find((r) => r.left > 0 && (!r.method || r.method === method) && (!r.path || r.path.test(url.pathname)));
    if (rule) rule.left--;
    if (rule?.then.kind === 'respond') {
      send(res, rule.then.status, rule.then.body ?? { message: 'scripted' }, rule.then.headers);
      return;
    }

    const answer = this.route(method, url, body, req.headers.authorization);
    if (rule?.then.kind === 'apply-then-drop') {
      res.socket?.destroy();
      return;
    }
    if (rule?.then.kind === 'apply-then-stall') {
      const t = setTimeout(() => {
        this.stalls.delete(t);
        if (!res.socket?.destroyed) send(res, answer.status, answer.body, answer.headers);
      }, rule.then.ms);
      this.stalls.add(t);
      return;
    }
    send(res, answer.status, answer.body, answer.headers);
  }

  private route(method: string, url: URL, body: unknown, authorization: string | undefined): { status: number; body: unknown; headers?: Record<string, string> } {
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const m = /^\/repos\/([^/]+\/[^/]+)\/(.*)$/.exec(url.pathname);
    if (!m) return notFound;
    const [, repo, rest] = m as unknown as [string, string, string];
    if (authorization !== `Bearer ${this.options.token}`) return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    if (repo !== this.options.repo) return notFound;

    let r: RegExpExecArray | null;
    if ((r = /^issues\/(\d+)\/comments$/.exec(rest))) {
      const pr = Number(r[1]);
      if (!(pr in this.options.pulls)) return notFound;
      if (method === 'GET') return this.page(pr, url);
      if (method === 'POST') {
        const invalid = this.checkWrite(body);
        if (invalid) return invalid;
        return { status: 201, body: this.addComment(pr, (body as { body: string }).body, { login: this.botLogin, type: 'Bot' }) };
      }
      return notFound;
    }
    if ((r = /^issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const id = Number(r[1]);
      const comment = [...this.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return notFound;
      const invalid = this.checkWrite(body);
      if (invalid) return invalid;
      comment.body = (body as { body: string }).body;
      comment.updated_at = new Date(Date.parse(comment.updated_at) + 1000).toISOString();
      return { status: 200, body: comment };
    }
    if ((r = /^pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.options.pulls[Number(r[1])];
      return pull ? { status: 200, body: { number: Number(r[1]), head: { sha: pull.headSha } } } : notFound;
    }
    return notFound;
  }

  private checkWrite(body: unknown): { status: number; body: unknown } | null {
    if (this.options.readOnly) {
      return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    }
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string') {
      return { status: 422, body: { message: 'Invalid request.', errors: ['"body" wasn\'t supplied.'] } };
    }
    // GitHub counts characters (code points), not UTF-16 units.
    if ([...text].length > FAKE_BODY_LIMIT) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${FAKE_BODY_LIMIT} characters)` }],
        },
      };
    }
    return null;
  }

  private page(pr: number, url: URL): { status: number; body: unknown; headers: Record<string, string> } {
    const all = this.comments.get(pr) ?? [];
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
