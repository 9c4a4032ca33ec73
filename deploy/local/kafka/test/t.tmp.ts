const t = Date.now(); process.on('exit', () => console.log('exit after', Date.now() - t));
