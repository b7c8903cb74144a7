#include "model/DocumentStore.h"
