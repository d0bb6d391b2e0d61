pub E { A, B }
