// Preloaded into the benchmark's server: if the benchmark dies without stopping it (even by
// SIGKILL), the server's stdin pipe closes and the server goes too.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
