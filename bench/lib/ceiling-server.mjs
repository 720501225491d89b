// The ceiling: a bare node:http server answering a fixed JSON, with as many workers (node:cluster,
// one port) as the app gets. Whatever the app does beyond this costs throughput; nothing the app
// does can be faster. argv: <port> <workers>. Stops when its parent goes (stdin closes).
import cluster from 'node:cluster';
import http from 'node:http';

const [port, workers] = process.argv.slice(2).map(Number);
const body = JSON.stringify({ status: 'WAITING', position: 4242, etaSeconds: 120, pollAfterMs: 8000 });

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let ready = 0;
  cluster.on('listening', () => ++ready === workers && process.stdout.write('READY\n'));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  process.on('SIGTERM', () => process.exit(0));
} else {
  http
    .createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    })
    .listen(port, '127.0.0.1');
  process.on('disconnect', () => process.exit(0));
}
