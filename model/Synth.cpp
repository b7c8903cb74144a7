#include "model/Synth.h"
