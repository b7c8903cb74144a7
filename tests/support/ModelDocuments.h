#pragma once

// A small model as a vigil-model JSON document, and helpers to edit it the way a user or a
// branch would: the fixture of the diff and merge tests.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace vigil::testing {

using Json = nlohmann::json;

// Written with single quotes for readability.
inline Json baseDocument()
{
    std::string text = R"({'format':'vigil-model','formatVersion':1,
 'model':{'name':'Insulin pump'},
 'elements':[{'id':'pump','kind':'process','name':'Pump firmware',
              'properties':{'safetyCritical':true}},
             {'id':'app','kind':'external-entity','name':'Phone app'},
             {'id':'log','kind':'data-store','name':'Event log','properties':{'storesLogs':true}}],
 'boundaries':[{'id':'tb','name':'Pump enclosure','members':['pump','log']}],
 'flows':[{'id':'f1','source':'app','target':'pump','name':'Bolus','protocol':'BLE'}],
 'diagrams':[{'id':'d','name':'Main','nodes':{'pump':{'x':0,'y':0},'app':{'x':300,'y':0},
              'log':{'x':0,'y':200},'tb':{'x':-20,'y':-20,'width':200,'height':300}},
              'flows':{'f1':{}}}],
 'people':[{'id':'alice','name':'Alice'},{'id':'bob','name':'Bob'}],
 'hazards':[{'id':'hz','title':'Overdose'}],
 'requirements':[{'id':'SR-001','text':'Authenticate commands'}],
 'mitigations':[{'id':'m1','title':'Pairing','requirements':['SR-001']}],
 'threats':[{'id':'t1','number':1,'rule':'flow-tampering','category':'tampering',
             'targets':['f1'],'title':'Tampering with Bolus','status':'open'},
            {'id':'t2','number':2,'category':'spoofing','targets':['pump'],'manual':true,
             'title':'Fake pump','status':'open'}],
 'tests':[{'id':'VT-001','kind':'threat-mitigation','verifies':['m1'],'result':'not-run'}]})";
    std::replace(text.begin(), text.end(), '\'', '"');
    return Json::parse(text);
}

inline Json &record(Json &document, const char *collection, const char *id)
{
    for (Json &item : document[collection])
        if (item["id"] == id)
            return item;
    throw std::runtime_error(std::string("no record ") + id);
}

inline void removeRecord(Json &document, const char *collection, const char *id)
{
    Json &items = document[collection];
    for (auto it = items.begin(); it != items.end(); ++it)
        if ((*it)["id"] == id) {
            items.erase(it);
            return;
        }
}

} // namespace vigil::testing
