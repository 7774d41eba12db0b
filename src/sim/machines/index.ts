/** The sim's lifecycle machines: they say which changes are legal; tick-based systems say when. */
export * from './advance';
export * from './instanceMachine';
export * from './zoneMachine';
export * from './regionMachine';
export * from './databaseMachine';
export * from './scalingMachine';
export * from './drMachine';
