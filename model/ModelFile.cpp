#include "model/ModelFile.h"
