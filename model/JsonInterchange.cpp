#include "model/JsonInterchange.h"
