import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, Subject, type HubConnection } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { takeSaveRetryingMethod, type TakeSaveRetrying } from '../account/take-save';
import { ChunkStream } from './chunk-stream';
import {
  singingHubPath,
  type AudioChunk,
  type ChunkResult,
  type RangeResult,
  type SessionResumed,
  type StartSessionRequest,
  type StartSessionResult,
  type TakeSummary,
} from './hub-contract';

/** What the connection tells the page while it is open. */
export interface ConnectionEvents {
  /** The connection dropped and the client is trying to restore it. */
  onReconnecting(): void;
  /** The connection is back; the take it was streaming can be resumed (resumeSession) if the server still holds it. */
  onReconnected(): void;
  /** The connection is gone for good (retries ran out or the server closed it). */
  onClosed(error?: Error): void;
  /** The database did not answer while the finished take was being saved; the server tries again. */
  onTakeSaveRetrying?(retrying: TakeSaveRetrying): void;
}

/** The browser's side of the singing hub: one SignalR connection over MessagePack. */
export class SingingConnection {
  private readonly connection: HubConnection;
  private readonly chunks: ChunkStream;
  private stopping = false;

  constructor(events: ConnectionEvents) {
    this.connection = new HubConnectionBuilder()
      // WebSocket straight away, without the negotiate request: behind a round-robin proxy the negotiate and the
      // socket could reach different hosts, and only the host that negotiated would know the connection.
      .withUrl(singingHubPath, { transport: HttpTransportType.WebSockets, skipNegotiation: true })
      .withHubProtocol(new MessagePackHubProtocol())
      // Retries at 0, 1, 2, 5, 10 and 20 s: long enough to ride out a phone switching networks.
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 20000])
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.onreconnecting(() => events.onReconnecting());
    this.connection.onreconnected(() => events.onReconnected());
    this.connection.on(takeSaveRetryingMethod, (retrying: TakeSaveRetrying) => events.onTakeSaveRetrying?.(retrying));
    this.connection.onclose((error) => {
      if (!this.stopping) events.onClosed(error);
    });
    this.chunks = new ChunkStream((answers) => {
      const subject = new Subject<AudioChunk>();
      this.connection.stream<ChunkResult>('streamChunks', subject).subscribe(answers);
      return { send: (chunk) => subject.next(chunk) };
    });
  }

  /** True while messages can be sent. */
  get connected(): boolean {
    return this.connection.state === HubConnectionState.Connected;
  }

  async connect(): Promise<void> {
    this.stopping = false;
    await this.connection.start();
  }

  startSession(request: StartSessionRequest): Promise<StartSessionResult> {
    return this.connection.invoke<StartSessionResult>('startSession', request);
  }

  /** Carries on the take after a dropped connection; the server says from which chunk to send again. */
  resumeSession(takeId: string): Promise<SessionResumed> {
    return this.connection.invoke<SessionResumed>('resumeSession', { takeId });
  }

  /**
   * Sends one chunk on the connection's chunk stream and resolves with its answer (rejects with the hub's refusal).
   * Chunks sent without awaiting arrive, and are answered, in sequence order.
   */
  sendChunk(chunk: AudioChunk): Promise<ChunkResult> {
    return this.chunks.send(chunk);
  }

  /** The open take's range so far, or null while no note has been held stably. */
  getRange(): Promise<RangeResult | null> {
    return this.connection.invoke<RangeResult | null>('getRange');
  }

  endSession(): Promise<TakeSummary> {
    return this.connection.invoke<TakeSummary>('endSession');
  }

  async disconnect(): Promise<void> {
    this.stopping = true;
    await this.connection.stop();
  }
}
