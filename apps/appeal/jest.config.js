module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'appeal',
  rootDir: __dirname,
};
