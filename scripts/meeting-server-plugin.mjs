// web-test-runner plugin: runs the real local meeting service in its own process for the
// whole test run, and tells test pages where it is through GET /__meeting-server.
import { spawn } from 'node:child_process';

export function meetingServerPlugin() {
  let child;
  let url;
  return {
    name: 'meeting-server',
    async serverStart() {
      child = spawn(
        process.execPath,
        ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--cors', '*', '--allowed-origins', '*'],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      url = await new Promise((resolve, reject) => {
        let buffered = '';
        const timer = setTimeout(
          () => reject(new Error('meeting service did not start within 20 s')),
          20_000,
        );
        child.once('exit', (code) => reject(new Error(`meeting service exited with code ${code}`)));
        child.stdout.on('data', (chunk) => {
          buffered += chunk;
          const match = /meeting service: (http:\/\/\S+?)\/?\s/.exec(buffered);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
          if (process.env.MEETING_SERVER_LOG) process.stdout.write(chunk);
        });
      });
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
    serve(context) {
      if (context.path === '/__meeting-server') {
        return { body: JSON.stringify({ url }), type: 'json' };
      }
      return undefined;
    },
  };
}
