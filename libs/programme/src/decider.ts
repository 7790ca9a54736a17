/**
 * A decision as a pure function: given what happened so far (folded into state) and a command,
 * which events happen now, or which domain error refuses it. The clock and new ids come in with the
 * command, so deciders are tested as given / when / then with no I/O.
 */
export interface Decider<Command, Event, State> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState);
}
