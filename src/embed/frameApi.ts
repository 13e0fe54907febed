/**
 * The creator's side of the embed protocol, free of the browser: the app injects how to post, what each
 * command does and where to report, so every rule here is tested in Node. Messages from anyone but the allowed
 * host are ignored; commands always get one response; nothing a host sends can throw out of `receive`.
 */
import { codecFor, type ExportedFile } from './codec';
import { parseCommand, responseName, type Command, type ExportCommand, type Query, type UiConfigCommand } from './commands';
import { patternMatches } from './eventPatterns';
import { originAllowed } from './origins';
import type { EmbedSettings } from './settings';
import type { CreatorEventName, CreatorMessage, LoadingEvent } from './wire';

export type Outcome = { ok: true } | { ok: false; errors: string[] };

/** What the commands do, provided by the app. */
export interface CommandHandlers {
  loadAvatar(manifest: unknown): Promise<Outcome>;
  exportAvatar(request: ExportCommand): Promise<ExportedFile>;
  configureUi(config: UiConfigCommand): Promise<Outcome>;
}

export interface FrameApiOptions extends EmbedSettings {
  /** The window commands must come from (the parent, or the opener of a pop-up). */
  hostWindow: unknown;
  /** Posts to the host window; `targetOrigin` is always a concrete allowed origin. */
  post(payload: unknown, targetOrigin: string, transfer: Transferable[]): void;
  handlers: CommandHandlers;
  report(message: string): void;
}

/** The parts of a MessageEvent the protocol looks at. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

type Response = Required<Pick<CreatorMessage, 'eventName' | 'correlationId' | 'status' | 'statusCode'>> & Pick<CreatorMessage, 'reason' | 'data'>;

export type FrameApi = ReturnType<typeof createFrameApi>;

export function createFrameApi(options: FrameApiOptions) {
  const codec = codecFor(options.mode);
  const subscriptions = new Set<string>();
  let hostOrigin = options.host.state === 'known' ? options.host.origin : null;
  let loading: LoadingEvent = { state: 'loading', detail: '' };

  const send = (message: Omit<CreatorMessage, 'source'>) => {
    if (!hostOrigin) return;
    const { payload, transfer } = codec.encode({ source: codec.name, ...message });
    options.post(payload, hostOrigin, transfer);
  };
  const wants = (eventName: CreatorEventName) => hostOrigin !== null && [...subscriptions].some((pattern) => patternMatches(pattern, eventName));
  const emit = (eventName: CreatorEventName, data: unknown) => {
    if (wants(eventName)) send({ eventName, data });
  };
  const respond = (response: Response) => send({ type: 'queryResponse', ...response });

  async function runQuery(query: Query, correlationId: Command['correlationId']): Promise<Outcome> {
    switch (query.name) {
      case 'v1.avatar.load':
        return options.handlers.loadAvatar(query.data.manifest);
      case 'v1.ui.configure':
        return options.handlers.configureUi(query.data);
      case 'v1.avatar.export': {
        const file = await options.handlers.exportAvatar(query.data);
        // The host asked for it: it gets the file whatever it subscribed to.
        send({ eventName: 'v1.avatar.exported', data: file, correlationId });
        return { ok: true };
      }
    }
  }

  async function run(command: Command): Promise<void> {
    const { correlationId } = command;
    if (command.type !== 'query') {
      if (command.type === 'subscribe') subscriptions.add(command.pattern);
      else subscriptions.delete(command.pattern);
      const statusCode = command.type === 'subscribe' ? 201 : 200;
      respond({ eventName: responseName(command.type, command.pattern), correlationId, status: 'ok', statusCode, data: { eventName: command.pattern } });
      if (command.type === 'subscribe' && patternMatches(command.pattern, 'v1.loading')) emit('v1.loading', loading);
      return;
    }
    const eventName = command.query.name;
    try {
      const outcome = await runQuery(command.query, correlationId);
      if (outcome.ok) respond({ eventName, correlationId, status: 'ok', statusCode: 200 });
      else respond({ eventName, correlationId, status: 'error', statusCode: 400, reason: outcome.errors.join('; '), data: { errors: outcome.errors } });
    } catch (error) {
      respond({ eventName, correlationId, status: 'error', statusCode: 500, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  function acceptsFrom(origin: string): boolean {
    if (options.host.state === 'refused') return false;
    return hostOrigin ? origin === hostOrigin : originAllowed(origin, options.allowedOrigins);
  }

  return {
    /** Posts `v1.frame.ready` when the host is known (else the host's first command makes it known). */
    start(): void {
      send({ eventName: 'v1.frame.ready' });
    },
    /** Handles one message event; resolves when its command has been answered. Never rejects. */
    async receive(event: IncomingMessage): Promise<void> {
      if (event.source !== options.hostWindow) return; // another window's traffic (extensions, devtools): not for us
      if (!acceptsFrom(event.origin)) {
        options.report(`ignored a message from ${event.origin}: that origin is not allowed to drive this creator`);
        return;
      }
      const decoded = codec.decode(event.data);
      if (!decoded.ok) {
        options.report(`ignored a message from ${event.origin} because ${decoded.reason}; see docs/embed.md for the message format`);
        return;
      }
      hostOrigin ??= event.origin;
      const parsed = parseCommand(decoded.message);
      try {
        if (parsed.ok) await run(parsed.command);
        else respond({ ...parsed.error, status: 'error' });
      } catch (error) {
        // Only posting can fail here (the host window went away, a value it cannot receive): the editor goes on.
        options.report(`could not answer a message from ${event.origin}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    wants,
    emit,
    /** Remembers the loading state (replayed to a later subscriber) and tells subscribers. */
    setLoading(state: LoadingEvent): void {
      loading = state;
      emit('v1.loading', state);
    },
  };
}
