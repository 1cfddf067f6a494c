/** The baseline: a bare Express hello-world on the same machine, started as its own process. */
import express from 'express';

const port = Number(process.argv[2]);
express()
  .get('/', (_req, res) => {
    res.send('Hello World!');
  })
  .listen(port, '127.0.0.1');
