// Exact analysis of the model as an absorbing Markov chain.
