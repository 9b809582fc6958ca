import { ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

/** s3rver in a process of its own, as a real store is: its buffers never count against the platform's memory. */
const SERVER_SCRIPT = `
const S3rver = require('s3rver');
const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1] });
server.run().then(({ port }) => process.stdout.write('listening ' + port + '\\n'));
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

/**
 * A real S3-compatible server (s3rver: the S3 REST protocol over HTTP, objects on disk) on a free loopback port, with
 * one bucket; `url` is the STORAGE_URL that points the platform at it. Tests read the bucket with the real SDK.
 */
export class S3TestServer {
  readonly bucket = `hotline-${randomBytes(4).toString('hex')}`;
  readonly directory = path.join(os.tmpdir(), `hotline-s3-${this.bucket}`);
  static readonly ACCESS_KEY = 'S3RVER';
  static readonly SECRET_KEY = 'S3RVER';
  client!: S3Client;
  endpoint = '';
  private server?: ChildProcess;

  async start(): Promise<this> {
    const server = spawn(process.execPath, ['-e', SERVER_SCRIPT, this.directory], {
      cwd: path.resolve(__dirname, '..', '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.server = server;
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      server.once('exit', (code) => reject(new Error(`s3rver exited with ${code} before listening`)));
    });
    this.endpoint = `http://127.0.0.1:${port}`;
    this.client = new S3Client({
      endpoint: this.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: S3TestServer.ACCESS_KEY, secretAccessKey: S3TestServer.SECRET_KEY },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    return this;
  }

  /** STORAGE_URL for the platform, with the keys in STORAGE_ACCESS_KEY_ID/STORAGE_SECRET_ACCESS_KEY. */
  env(prefix = ''): Record<string, string> {
    return {
      STORAGE_URL: `s3://${this.bucket}${prefix ? `/${prefix}` : ''}?endpoint=${encodeURIComponent(this.endpoint)}&region=us-east-1&forcePathStyle=true`,
      STORAGE_ACCESS_KEY_ID: S3TestServer.ACCESS_KEY,
      STORAGE_SECRET_ACCESS_KEY: S3TestServer.SECRET_KEY,
    };
  }

  async keys(): Promise<string[]> {
    const listed = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  }

  async read(key: string): Promise<Buffer> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await object.Body!.transformToByteArray());
  }

  async head(key: string): Promise<{ contentType?: string; size?: number }> {
    const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    return { contentType: head.ContentType, size: head.ContentLength };
  }

  async stop(): Promise<void> {
    this.client?.destroy();
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill('SIGTERM');
      });
    }
    await rm(this.directory, { recursive: true, force: true });
  }
}
