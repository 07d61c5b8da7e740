// Stands in for long.js in the browser bundle: the protocol decodes 64-bit fields as numbers.
module.exports = null;
