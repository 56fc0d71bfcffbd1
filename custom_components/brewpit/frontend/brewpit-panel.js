var ou=Object.defineProperty;var au=Object.getOwnPropertyDescriptor;var v=(s,n,e,t)=>{for(var i=t>1?void 0:t?au(n,e):n,r=s.length-1,o;r>=0;r--)(o=s[r])&&(i=(t?o(n,e,i):o(i))||i);return t&&i&&ou(n,e,i),i};var ki=globalThis,Ei=ki.ShadowRoot&&(ki.ShadyCSS===void 0||ki.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Pr=Symbol(),pa=new WeakMap,Kn=class{constructor(n,e,t){if(this._$cssResult$=!0,t!==Pr)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=n,this.t=e}get styleSheet(){let n=this.o,e=this.t;if(Ei&&n===void 0){let t=e!==void 0&&e.length===1;t&&(n=pa.get(e)),n===void 0&&((this.o=n=new CSSStyleSheet).replaceSync(this.cssText),t&&pa.set(e,n))}return n}toString(){return this.cssText}},Ai=s=>new Kn(typeof s=="string"?s:s+"",void 0,Pr),he=(s,...n)=>{let e=s.length===1?s[0]:n.reduce((t,i,r)=>t+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+s[r+1],s[0]);return new Kn(e,s,Pr)},fa=(s,n)=>{if(Ei)s.adoptedStyleSheets=n.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of n){let t=document.createElement("style"),i=ki.litNonce;i!==void 0&&t.setAttribute("nonce",i),t.textContent=e.cssText,s.appendChild(t)}},Nr=Ei?s=>s:s=>s instanceof CSSStyleSheet?(n=>{let e="";for(let t of n.cssRules)e+=t.cssText;return Ai(e)})(s):s;var{is:lu,defineProperty:cu,getOwnPropertyDescriptor:du,getOwnPropertyNames:uu,getOwnPropertySymbols:hu,getPrototypeOf:mu}=Object,Ti=globalThis,ga=Ti.trustedTypes,pu=ga?ga.emptyScript:"",fu=Ti.reactiveElementPolyfillSupport,qn=(s,n)=>s,Zn={toAttribute(s,n){switch(n){case Boolean:s=s?pu:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,n){let e=s;switch(n){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},Mi=(s,n)=>!lu(s,n),va={attribute:!0,type:String,converter:Zn,reflect:!1,useDefault:!1,hasChanged:Mi};Symbol.metadata??=Symbol("metadata"),Ti.litPropertyMetadata??=new WeakMap;var bs=class extends HTMLElement{static addInitializer(n){this._$Ei(),(this.l??=[]).push(n)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(n,e=va){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(n)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(n,e),!e.noAccessor){let t=Symbol(),i=this.getPropertyDescriptor(n,t,e);i!==void 0&&cu(this.prototype,n,i)}}static getPropertyDescriptor(n,e,t){let{get:i,set:r}=du(this.prototype,n)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){let a=i?.call(this);r?.call(this,o),this.requestUpdate(n,a,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(n){return this.elementProperties.get(n)??va}static _$Ei(){if(this.hasOwnProperty(qn("elementProperties")))return;let n=mu(this);n.finalize(),n.l!==void 0&&(this.l=[...n.l]),this.elementProperties=new Map(n.elementProperties)}static finalize(){if(this.hasOwnProperty(qn("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(qn("properties"))){let e=this.properties,t=[...uu(e),...hu(e)];for(let i of t)this.createProperty(i,e[i])}let n=this[Symbol.metadata];if(n!==null){let e=litPropertyMetadata.get(n);if(e!==void 0)for(let[t,i]of e)this.elementProperties.set(t,i)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let i=this._$Eu(e,t);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(n){let e=[];if(Array.isArray(n)){let t=new Set(n.flat(1/0).reverse());for(let i of t)e.unshift(Nr(i))}else n!==void 0&&e.push(Nr(n));return e}static _$Eu(n,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof n=="string"?n.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(n=>this.enableUpdating=n),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(n=>n(this))}addController(n){(this._$EO??=new Set).add(n),this.renderRoot!==void 0&&this.isConnected&&n.hostConnected?.()}removeController(n){this._$EO?.delete(n)}_$E_(){let n=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(n.set(t,this[t]),delete this[t]);n.size>0&&(this._$Ep=n)}createRenderRoot(){let n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return fa(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(n=>n.hostConnected?.())}enableUpdating(n){}disconnectedCallback(){this._$EO?.forEach(n=>n.hostDisconnected?.())}attributeChangedCallback(n,e,t){this._$AK(n,t)}_$ET(n,e){let t=this.constructor.elementProperties.get(n),i=this.constructor._$Eu(n,t);if(i!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:Zn).toAttribute(e,t.type);this._$Em=n,r==null?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(n,e){let t=this.constructor,i=t._$Eh.get(n);if(i!==void 0&&this._$Em!==i){let r=t.getPropertyOptions(i),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Zn;this._$Em=i;let a=o.fromAttribute(e,r.type);this[i]=a??this._$Ej?.get(i)??a,this._$Em=null}}requestUpdate(n,e,t,i=!1,r){if(n!==void 0){let o=this.constructor;if(i===!1&&(r=this[n]),t??=o.getPropertyOptions(n),!((t.hasChanged??Mi)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(n)&&!this.hasAttribute(o._$Eu(n,t))))return;this.C(n,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(n,e,{useDefault:t,reflect:i,wrapped:r},o){t&&!(this._$Ej??=new Map).has(n)&&(this._$Ej.set(n,o??e??this[n]),r!==!0||o!==void 0)||(this._$AL.has(n)||(this.hasUpdated||t||(e=void 0),this._$AL.set(n,e)),i===!0&&this._$Em!==n&&(this._$Eq??=new Set).add(n))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let n=this.scheduleUpdate();return n!=null&&await n,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,r]of this._$Ep)this[i]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[i,r]of t){let{wrapped:o}=r,a=this[i];o!==!0||this._$AL.has(i)||a===void 0||this.C(i,void 0,r,a)}}let n=!1,e=this._$AL;try{n=this.shouldUpdate(e),n?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw n=!1,this._$EM(),t}n&&this._$AE(e)}willUpdate(n){}_$AE(n){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(n)),this.updated(n)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(n){return!0}update(n){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(n){}firstUpdated(n){}};bs.elementStyles=[],bs.shadowRootOptions={mode:"open"},bs[qn("elementProperties")]=new Map,bs[qn("finalized")]=new Map,fu?.({ReactiveElement:bs}),(Ti.reactiveElementVersions??=[]).push("2.1.2");var Ur=globalThis,ba=s=>s,Ci=Ur.trustedTypes,ya=Ci?Ci.createPolicy("lit-html",{createHTML:s=>s}):void 0,ka="$lit$",Ts=`lit$${Math.random().toFixed(9).slice(2)}$`,Ea="?"+Ts,gu=`<${Ea}>`,Zs=document,Jn=()=>Zs.createComment(""),Qn=s=>s===null||typeof s!="object"&&typeof s!="function",jr=Array.isArray,vu=s=>jr(s)||typeof s?.[Symbol.iterator]=="function",Lr=`[ 	
\f\r]`,Yn=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_a=/-->/g,wa=/>/g,Ks=RegExp(`>|${Lr}(?:([^\\s"'>=/]+)(${Lr}*=${Lr}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),$a=/'/g,xa=/"/g,Aa=/^(?:script|style|textarea|title)$/i,Vr=s=>(n,...e)=>({_$litType$:s,strings:n,values:e}),g=Vr(1),Gr=Vr(2),Mp=Vr(3),Ys=Symbol.for("lit-noChange"),S=Symbol.for("lit-nothing"),Sa=new WeakMap,qs=Zs.createTreeWalker(Zs,129);function Ta(s,n){if(!jr(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return ya!==void 0?ya.createHTML(n):n}var bu=(s,n)=>{let e=s.length-1,t=[],i,r=n===2?"<svg>":n===3?"<math>":"",o=Yn;for(let a=0;a<e;a++){let c=s[a],u,p,m=-1,y=0;for(;y<c.length&&(o.lastIndex=y,p=o.exec(c),p!==null);)y=o.lastIndex,o===Yn?p[1]==="!--"?o=_a:p[1]!==void 0?o=wa:p[2]!==void 0?(Aa.test(p[2])&&(i=RegExp("</"+p[2],"g")),o=Ks):p[3]!==void 0&&(o=Ks):o===Ks?p[0]===">"?(o=i??Yn,m=-1):p[1]===void 0?m=-2:(m=o.lastIndex-p[2].length,u=p[1],o=p[3]===void 0?Ks:p[3]==='"'?xa:$a):o===xa||o===$a?o=Ks:o===_a||o===wa?o=Yn:(o=Ks,i=void 0);let w=o===Ks&&s[a+1].startsWith("/>")?" ":"";r+=o===Yn?c+gu:m>=0?(t.push(u),c.slice(0,m)+ka+c.slice(m)+Ts+w):c+Ts+(m===-2?a:w)}return[Ta(s,r+(s[e]||"<?>")+(n===2?"</svg>":n===3?"</math>":"")),t]},Xn=class s{constructor({strings:n,_$litType$:e},t){let i;this.parts=[];let r=0,o=0,a=n.length-1,c=this.parts,[u,p]=bu(n,e);if(this.el=s.createElement(u,t),qs.currentNode=this.el.content,e===2||e===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(i=qs.nextNode())!==null&&c.length<a;){if(i.nodeType===1){if(i.hasAttributes())for(let m of i.getAttributeNames())if(m.endsWith(ka)){let y=p[o++],w=i.getAttribute(m).split(Ts),k=/([.?@])?(.*)/.exec(y);c.push({type:1,index:r,name:k[2],strings:w,ctor:k[1]==="."?Ir:k[1]==="?"?Hr:k[1]==="@"?Or:kn}),i.removeAttribute(m)}else m.startsWith(Ts)&&(c.push({type:6,index:r}),i.removeAttribute(m));if(Aa.test(i.tagName)){let m=i.textContent.split(Ts),y=m.length-1;if(y>0){i.textContent=Ci?Ci.emptyScript:"";for(let w=0;w<y;w++)i.append(m[w],Jn()),qs.nextNode(),c.push({type:2,index:++r});i.append(m[y],Jn())}}}else if(i.nodeType===8)if(i.data===Ea)c.push({type:2,index:r});else{let m=-1;for(;(m=i.data.indexOf(Ts,m+1))!==-1;)c.push({type:7,index:r}),m+=Ts.length-1}r++}}static createElement(n,e){let t=Zs.createElement("template");return t.innerHTML=n,t}};function Sn(s,n,e=s,t){if(n===Ys)return n;let i=t!==void 0?e._$Co?.[t]:e._$Cl,r=Qn(n)?void 0:n._$litDirective$;return i?.constructor!==r&&(i?._$AO?.(!1),r===void 0?i=void 0:(i=new r(s),i._$AT(s,e,t)),t!==void 0?(e._$Co??=[])[t]=i:e._$Cl=i),i!==void 0&&(n=Sn(s,i._$AS(s,n.values),i,t)),n}var Dr=class{constructor(n,e){this._$AV=[],this._$AN=void 0,this._$AD=n,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(n){let{el:{content:e},parts:t}=this._$AD,i=(n?.creationScope??Zs).importNode(e,!0);qs.currentNode=i;let r=qs.nextNode(),o=0,a=0,c=t[0];for(;c!==void 0;){if(o===c.index){let u;c.type===2?u=new Bn(r,r.nextSibling,this,n):c.type===1?u=new c.ctor(r,c.name,c.strings,this,n):c.type===6&&(u=new Fr(r,this,n)),this._$AV.push(u),c=t[++a]}o!==c?.index&&(r=qs.nextNode(),o++)}return qs.currentNode=Zs,i}p(n){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(n,t,e),e+=t.strings.length-2):t._$AI(n[e])),e++}},Bn=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(n,e,t,i){this.type=2,this._$AH=S,this._$AN=void 0,this._$AA=n,this._$AB=e,this._$AM=t,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let n=this._$AA.parentNode,e=this._$AM;return e!==void 0&&n?.nodeType===11&&(n=e.parentNode),n}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(n,e=this){n=Sn(this,n,e),Qn(n)?n===S||n==null||n===""?(this._$AH!==S&&this._$AR(),this._$AH=S):n!==this._$AH&&n!==Ys&&this._(n):n._$litType$!==void 0?this.$(n):n.nodeType!==void 0?this.T(n):vu(n)?this.k(n):this._(n)}O(n){return this._$AA.parentNode.insertBefore(n,this._$AB)}T(n){this._$AH!==n&&(this._$AR(),this._$AH=this.O(n))}_(n){this._$AH!==S&&Qn(this._$AH)?this._$AA.nextSibling.data=n:this.T(Zs.createTextNode(n)),this._$AH=n}$(n){let{values:e,_$litType$:t}=n,i=typeof t=="number"?this._$AC(n):(t.el===void 0&&(t.el=Xn.createElement(Ta(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===i)this._$AH.p(e);else{let r=new Dr(i,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(n){let e=Sa.get(n.strings);return e===void 0&&Sa.set(n.strings,e=new Xn(n)),e}k(n){jr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,i=0;for(let r of n)i===e.length?e.push(t=new s(this.O(Jn()),this.O(Jn()),this,this.options)):t=e[i],t._$AI(r),i++;i<e.length&&(this._$AR(t&&t._$AB.nextSibling,i),e.length=i)}_$AR(n=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);n!==this._$AB;){let t=ba(n).nextSibling;ba(n).remove(),n=t}}setConnected(n){this._$AM===void 0&&(this._$Cv=n,this._$AP?.(n))}},kn=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(n,e,t,i,r){this.type=1,this._$AH=S,this._$AN=void 0,this.element=n,this.name=e,this._$AM=i,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=S}_$AI(n,e=this,t,i){let r=this.strings,o=!1;if(r===void 0)n=Sn(this,n,e,0),o=!Qn(n)||n!==this._$AH&&n!==Ys,o&&(this._$AH=n);else{let a=n,c,u;for(n=r[0],c=0;c<r.length-1;c++)u=Sn(this,a[t+c],e,c),u===Ys&&(u=this._$AH[c]),o||=!Qn(u)||u!==this._$AH[c],u===S?n=S:n!==S&&(n+=(u??"")+r[c+1]),this._$AH[c]=u}o&&!i&&this.j(n)}j(n){n===S?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,n??"")}},Ir=class extends kn{constructor(){super(...arguments),this.type=3}j(n){this.element[this.name]=n===S?void 0:n}},Hr=class extends kn{constructor(){super(...arguments),this.type=4}j(n){this.element.toggleAttribute(this.name,!!n&&n!==S)}},Or=class extends kn{constructor(n,e,t,i,r){super(n,e,t,i,r),this.type=5}_$AI(n,e=this){if((n=Sn(this,n,e,0)??S)===Ys)return;let t=this._$AH,i=n===S&&t!==S||n.capture!==t.capture||n.once!==t.once||n.passive!==t.passive,r=n!==S&&(t===S||i);i&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,n),this._$AH=n}handleEvent(n){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,n):this._$AH.handleEvent(n)}},Fr=class{constructor(n,e,t){this.element=n,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(n){Sn(this,n)}};var yu=Ur.litHtmlPolyfillSupport;yu?.(Xn,Bn),(Ur.litHtmlVersions??=[]).push("3.3.3");var Ma=(s,n,e)=>{let t=e?.renderBefore??n,i=t._$litPart$;if(i===void 0){let r=e?.renderBefore??null;t._$litPart$=i=new Bn(n.insertBefore(Jn(),r),r,void 0,e??{})}return i._$AI(s),i};var Wr=globalThis,J=class extends bs{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let n=super.createRenderRoot();return this.renderOptions.renderBefore??=n.firstChild,n}update(n){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(n),this._$Do=Ma(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Ys}};J._$litElement$=!0,J.finalized=!0,Wr.litElementHydrateSupport?.({LitElement:J});var _u=Wr.litElementPolyfillSupport;_u?.({LitElement:J});(Wr.litElementVersions??=[]).push("4.2.2");var ae=s=>(n,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(s,n)}):customElements.define(s,n)};var wu={attribute:!0,type:String,converter:Zn,reflect:!1,hasChanged:Mi},$u=(s=wu,n,e)=>{let{kind:t,metadata:i}=e,r=globalThis.litPropertyMetadata.get(i);if(r===void 0&&globalThis.litPropertyMetadata.set(i,r=new Map),t==="setter"&&((s=Object.create(s)).wrapped=!0),r.set(e.name,s),t==="accessor"){let{name:o}=e;return{set(a){let c=n.get.call(this);n.set.call(this,a),this.requestUpdate(o,c,s,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,s,a),a}}}if(t==="setter"){let{name:o}=e;return function(a){let c=this[o];n.call(this,a),this.requestUpdate(o,c,s,!0,a)}}throw Error("Unsupported decorator location: "+t)};function M(s){return(n,e)=>typeof e=="object"?$u(s,n,e):((t,i,r)=>{let o=i.hasOwnProperty(r);return i.constructor.createProperty(r,t),o?Object.getOwnPropertyDescriptor(i,r):void 0})(s,n,e)}function E(s){return M({...s,state:!0,attribute:!1})}var Js=(s,n,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof n!="object"&&Object.defineProperty(s,n,e),e);function Ms(s,n){return(e,t,i)=>{let r=o=>o.renderRoot?.querySelector(s)??null;if(n){let{get:o,set:a}=typeof t=="object"?e:i??(()=>{let c=Symbol();return{get(){return this[c]},set(u){this[c]=u}}})();return Js(e,t,{get(){let c=o.call(this);return c===void 0&&(c=r(this),(c!==null||this.hasUpdated)&&a.call(this,c)),c}})}return Js(e,t,{get(){return r(this)}})}}var Ri=s=>s.callWS({type:"brewpit/hub/info"}),zi=s=>s.callWS({type:"brewpit/nodes/list"}),Ca=s=>s.callWS({type:"brewpit/nodes/pairing"}),Ra=(s,n,e)=>s.callWS({type:"brewpit/nodes/rename",device_id:n,name:e}),za=(s,n)=>s.callWS({type:"brewpit/nodes/rotate_token",device_id:n}),Pa=(s,n)=>s.callWS({type:"brewpit/nodes/remove",device_id:n}),Na=s=>s.callWS({type:"brewpit/hydrometers/list"}),La=s=>s.callWS({type:"brewpit/hydrometers/gateways"}),Da=(s,n,e)=>s.callWS({type:"brewpit/hydrometers/gateway_create",name:n,...e?{tz:e}:{}}),Ia=(s,n)=>s.callWS({type:"brewpit/hydrometers/gateway_delete",gateway_id:n}),Ha=(s,n)=>s.callWS({type:"brewpit/hydrometers/calibration",device_id:n}),Oa=(s,n,e,t)=>s.callWS({type:"brewpit/hydrometers/calibrate",device_id:n,input:e,points:t});function Pi(s,n){let e;try{e=new URL(s)}catch{return s}let t=e.hostname;return!t.includes(".")&&!t.includes(":")&&t!=="localhost"&&n&&(e.hostname=n),e.toString().replace(/\/$/,"")}function Fa(s,n){return`sudo brewpit-edge pair ${s} ${n}`}var Ua=s=>s.callWS({type:"brewpit/alerts/rules"}),ja=(s,n)=>s.callWS({type:"brewpit/alerts/rule_create",...n}),Va=(s,n)=>s.callWS({type:"brewpit/alerts/rule_delete",rule_id:n}),Kr=(s,n,e,t)=>s.callWS({type:"brewpit/chambers/command",device_id:n,command:e,params:t});function Ga(s){return{session_id:s.session_id,from:s.from,to:s.to,annotations:s.annotations,series:s.series.map(({t:n,v:e,decimals:t,tier:i,...r})=>{let o=10**t,a=new Array(n.length),c=s.from;for(let u=0;u<n.length;u++){c+=n[u];let p=e[u];a[u]=[c,p==null?null:p/o]}return{...r,points:a}})}}function qr(s){return Object.fromEntries(Object.entries(s).filter(([,n])=>n!==void 0&&n!==""))}async function ds(s,n={}){return(await s.callWS({type:"brewpit/sessions/list",...qr(n)})).sessions}function Ni(s,n){return s.callWS({type:"brewpit/sessions/get",session_id:n})}function Ka(s,n){return s.callWS({type:"brewpit/sessions/create",...qr(n)})}function qa(s,n,e){return s.callWS({type:"brewpit/sessions/update",session_id:n,...e})}function Za(s,n){return s.callWS({type:"brewpit/sessions/end",session_id:n})}async function Ya(s,n){await s.callWS({type:"brewpit/sessions/delete",session_id:n})}function Ja(s,n,e,t){return s.callWS({type:"brewpit/sessions/annotate",session_id:n,text:e,...t===void 0?{}:{ts:Math.round(t)}})}var Wa=!0;async function ti(s,n,e={}){let t=qr(e);if(t.from!==void 0&&(t.from=Math.floor(t.from)),t.to!==void 0&&(t.to=Math.ceil(t.to)),Wa)try{return Ga(await s.callWS({type:"brewpit/chart",session_id:n,...t}))}catch(i){if(i?.code!=="unknown_command")throw i;Wa=!1}return s.callWS({type:"brewpit/history",session_id:n,...t})}function us(s){return s.callWS({type:"brewpit/series/list"})}var ei=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function Qa(s,n,e,t){let i=t?`?tz=${encodeURIComponent(t)}`:"",r=await s.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(n)}/export.csv${i}`);if(!r.ok)throw new ei(r.status);let o=URL.createObjectURL(await r.blob());try{let a=document.createElement("a");a.href=o,a.download=e,a.rel="noopener",document.body.append(a),a.click(),a.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function Xa(s){let n=s.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(s.started_at).toISOString().slice(0,10);return`${n||"session"}-${e}.csv`}function Q(s){return s&&typeof s=="object"&&"message"in s?String(s.message):String(s)}var En=s=>s;function xu(s,n){return s==="temperature"||n==="°C"||n==="°F"}function Su(s,n){return s==="gravity"||s==="specific_gravity"||n==="SG"}function Ne(s){return s==="°F"?"°F":"°C"}function Zr(s){return s*9/5+32}function si(s){return(s-32)*5/9}function Le(s,n,e){return xu(s,n)?e==="°F"?{unit:"°F",decimals:1,toDisplay:Zr,fromDisplay:si}:{unit:"°C",decimals:1,toDisplay:En,fromDisplay:En}:Su(s,n)?{unit:"SG",decimals:3,toDisplay:En,fromDisplay:En}:{unit:n,decimals:n==="%"||n==="hPa"?0:n==="V"?2:1,toDisplay:En,fromDisplay:En}}var Cs=s=>s;function ni(s,n){return s==="gravity"?{unit:"SG",decimals:3,level:Cs,levelIn:Cs,delta:Cs,deltaIn:Cs}:n==="°F"?{unit:"°F",decimals:1,level:Zr,levelIn:si,delta:e=>e*9/5,deltaIn:e=>e*5/9}:{unit:"°C",decimals:1,level:Cs,levelIn:Cs,delta:Cs,deltaIn:Cs}}function Rs(s){let n=s.trim().replace(",",".");return n===""?Number.NaN:Number(n)}function ku(s){switch(s.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return s.language}}function Eu(s){if(s.time_format==="12")return!0;if(s.time_format==="24")return!1}function Yr(s,n){return s.time_zone==="server"&&n?n:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function De(s,n){let e=ku(s),t=s.number_format==="none",i=new Map,r=Yr(s,n),o=Eu(s),a=s.language||"en",c=$=>new Intl.DateTimeFormat(a,{hour12:o,timeZone:r,...$}),u=c({dateStyle:"medium",timeStyle:"short"}),p=c({hour:"numeric",minute:"2-digit"}),m=c({hour:"numeric",minute:"2-digit",second:"2-digit"}),y=c({month:"short",day:"numeric"}),w=c({year:"numeric",month:"short",day:"numeric"}),k=c({weekday:"short",hour:"numeric",minute:"2-digit"}),P=c({year:"numeric",month:"2-digit",day:"2-digit"}),z=c({timeZoneName:"short"}),T=new Intl.RelativeTimeFormat(a,{numeric:"auto"});return{timeZone:r,number($,L){if($==null||!Number.isFinite($))return"—";let C=i.get(L);return C||(C=new Intl.NumberFormat(e,{minimumFractionDigits:L,maximumFractionDigits:L,useGrouping:!t}),i.set(L,C)),C.format($)},dateTime:$=>u.format($),time:$=>p.format($),timeSeconds:$=>m.format($),date:$=>y.format($),dateYear:$=>w.format($),zone:$=>z.formatToParts($).find(L=>L.type==="timeZoneName")?.value??r,clock:($,L)=>(P.format($)===P.format(L)?p:k).format($),relative($){let L=Math.max(0,Math.round($/1e3));if(L<60)return T.format(-L,"second");let C=Math.round(L/60);if(C<60)return T.format(-C,"minute");let K=Math.round(C/60);return K<48?T.format(-K,"hour"):T.format(-Math.round(K/24),"day")}}}function Ot(s,n){if(!Number.isFinite(s)||s<0)return"—";let e=Math.floor(s/1e3);if(e<60)return n("duration.seconds",{s:e});let t=Math.floor(e/60);if(t<60)return n("duration.minutes",{m:t});let i=Math.floor(t/60);return i<48?n("duration.hours",{h:i,m:String(t%60).padStart(2,"0")}):n("duration.days",{d:Math.floor(i/24),h:i%24})}function el(s,n){if(!Number.isFinite(s))return"—";if(s<6e4)return n("remaining.under_minute");let e=Math.ceil(s/6e4),t=Math.floor(e/60),i=e%60;return t===0?n("remaining.minutes",{m:i}):n("remaining.hours",{h:t,m:String(i).padStart(2,"0")})}function Li(s){let n=s<0,e=Math.round(Math.abs(s)/60),t=Math.floor(e/60),i=e%60,r=t>=48?Math.floor(t/24):0,o=r>0?String(t%24).padStart(2,"0"):String(t),a=`${r>0?`${r}d `:""}${o}:${String(i).padStart(2,"0")}`;return n?`-${a}`:a}var tl={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.ha_sensors":"Home-Assistant-Sensoren ({count})","form.search_sensors":"Sensoren nach Name, Gerät oder Bereich suchen","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen","panel.devices":"Geräte","panel.hydrometers":"Spindeln","empty.open_devices":"Zu „Geräte“, um einen zu koppeln","empty.open_hydrometers":"Eine Spindel einrichten","form.edit_title":"Sitzung bearbeiten","form.notes":"Notizen","form.save":"Änderungen speichern","form.bad_target":"Das Ziel von {probe} ist keine Zahl.","detail.edit":"Bearbeiten","detail.delete":"Löschen","detail.confirm_delete":"Endgültig löschen","detail.confirm_delete_group":"Löschen der Sitzung bestätigen","detail.delete_consequence":"Löscht die Sitzung, ihre Notizen und Alarme; die Messwerte bleiben bei ihren Geräten.","devices.title":"Geräte","devices.admin_only":"Nur Administratoren können Geräte sehen und ändern.","devices.loading":"Geräte werden geladen…","devices.none":"Noch keine Edge-Knoten oder Spindeln. Koppel einen Edge-Knoten mit „Knoten koppeln“ oder richte auf der Seite „Spindeln“ eine Spindel ein.","devices.pair":"Knoten koppeln","devices.pair_title":"Knoten koppeln","devices.pair_code":"Einmal-Code","devices.pair_expires":"gültig noch {m}:{s}","devices.pair_expired":"abgelaufen; neuen Code holen","devices.pair_run":"Auf dem Pi ausführen:","devices.pair_then":"Dann den Knoten neu starten: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Warte auf den Knoten… er erscheint unten von selbst.","devices.pair_new_code":"Neuer Code","devices.copy":"Kopieren","devices.copied":"Kopiert","devices.kind_edge":"Edge-Knoten","devices.kind_hydrometer":"Spindel","devices.online":"Online","devices.silent":"Stumm","devices.never":"Nie gesehen","devices.just_paired":"Gerade gekoppelt","devices.last_seen":"Zuletzt gesehen","devices.outbox":"Ungesendete Messwerte","devices.oldest":"ältester {time}","devices.dropped":"Verworfene Messwerte","devices.version":"Software","devices.no_sensors":"Noch keine Sensoren gemeldet.","devices.rename":"Umbenennen","devices.new_name":"Neuer Name","devices.save":"Speichern","devices.rotate":"Neues Token","devices.rotate_consequence":"Das aktuelle Token des Knotens wird sofort ungültig. Das neue muss auf den Knoten (oder ihn neu koppeln), sonst sendet er keine Messwerte.","devices.confirm_rotate":"Token ersetzen","devices.token_shown_once":"Neues Token (nur jetzt sichtbar; in die Token-Datei des Knotens schreiben):","devices.remove":"Entfernen","devices.remove_consequence":"Entfernen löscht das Gerät mit allen Messwerten seiner Sensoren, seinen Befehlen, seiner Spindel-Zuordnung und Kalibrierung sowie sein Home-Assistant-Gerät und dessen Entitäten. Sein Token wird ungültig. Sitzungen bleiben, ohne die Daten dieses Geräts.","devices.confirm_remove":"Endgültig entfernen","sources.title":"Home-Assistant-Sensoren","sources.help":"Brewpit speichert jeden Zustand eines gefolgten Sensors als Messwert, damit eine Sitzung ihn wie einen eigenen Fühler nutzen kann.","sources.empty":"Noch wird keinem Home-Assistant-Sensor gefolgt. In einer neuen Sitzung gewählte Sensoren werden verfolgt, solange sie läuft; hier gewählte bleiben verfolgt, bis du aufhörst.","sources.new_session":"Neue Sitzung","sources.follow":"Einem Sensor folgen","sources.follow_one":"Folgen","sources.search":"Sensoren nach Name, Gerät oder Bereich suchen","sources.none_left":"Kein weiterer numerischer Sensor zum Folgen.","sources.now_following":"{name} wird jetzt verfolgt. Der jüngste Verlauf wird aus der Home-Assistant-Aufzeichnung gelesen.","sources.kept":"Immer verfolgt","sources.session_only":"Solange eine Sitzung ihn nutzt","sources.used_by":"Genutzt von: {names}","sources.covered":"Aufzeichnung gelesen ab {time}","sources.gone":"Nicht in Home Assistant","sources.keep":"Immer folgen","sources.stop":"Nicht mehr folgen","sources.stop_consequence":"Brewpit zeichnet {name} nicht mehr auf. Der bisherige Verlauf bleibt erhalten.","sources.stop_in_use":"Diese laufenden Sitzungen erhalten keine neuen Messwerte mehr davon: {names}.","hydro.title":"Spindeln","hydro.gateways":"Gateways","hydro.gateways_help":"Ein Gateway ist ein Token, mit dem iSpindel, Tilt oder GravityMon senden. Lege eines an und trage die URL für deinen Gerätetyp in dessen Einstellungen ein.","hydro.gateway_name":"Name des Gateways","hydro.create":"Gateway anlegen","hydro.no_gateways":"Noch kein Gateway: lege eines an, um die URLs zu erhalten.","hydro.urls":"URLs für „{name}“ (sie enthalten das Token und werden nur jetzt gezeigt):","hydro.device_type":"Gerät","hydro.url":"URL","hydro.where":"Wo eintragen","hydro.where.ispindel":"iSpindel: Diensttyp HTTP, volle URL unter Path","hydro.where.tilt":"Tilt-App oder TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon und andere Brewfather-Streams: eigene Stream-URL","hydro.delete_gateway":"Löschen","hydro.delete_gateway_consequence":"Spindeln mit diesem Token werden ab jetzt abgewiesen; ihre Daten bleiben.","hydro.list":"Spindeln","hydro.none":"Noch hat keine Spindel gesendet. Sie erscheint hier nach ihrem ersten Wert.","hydro.gravity":"Dichte","hydro.battery":"Akku","hydro.signal":"Signal","hydro.calibrate":"Kalibrieren","hydro.cal_title":"{name} kalibrieren","hydro.cal_help":"Trage Paare aus Spindel-Anzeige und wahrer Dichte ein (Refraktometer oder Referenzspindel). Ab drei Paaren wird eine Kurve angepasst.","hydro.cal_input":"Die Spindel misst","hydro.cal_input.angle":"Neigungswinkel (°)","hydro.cal_input.gravity":"Dichte (SG)","hydro.cal_raw":"Anzeige","hydro.cal_actual":"Wahre Dichte (SG)","hydro.cal_add":"Paar hinzufügen","hydro.cal_remove":"Paar {n} entfernen","hydro.cal_residual":"Abweichung","hydro.cal_fit":"Angepasst: {formula} (R² {r2})","hydro.cal_none":"Noch nicht kalibriert.","hydro.cal_save":"Speichern und anpassen","hydro.cal_export":"Exportieren","hydro.cal_import":"Importieren","hydro.cal_import_label":"Zu importierende Kalibrierung (JSON)","hydro.cal_bad_pair":"Paar {n} braucht zwei Zahlen.","hydro.cal_saved":"Gespeichert; neue Messwerte werden ab jetzt kalibriert.","panel.alerts":"Alarme","alerts.title":"Alarmregeln","alerts.new":"Neue Regel","alerts.kind":"Wenn","alerts.kind.above":"Über","alerts.kind.below":"Unter","alerts.kind.rate_of_change":"Ändert sich schneller als","alerts.role":"Rolle des Fühlers","alerts.scope":"Für","alerts.every_session":"Jede Sitzung","alerts.threshold":"Schwelle ({unit})","alerts.rate":"Rate pro Minute ({unit})","alerts.hysteresis":"Hysterese ({unit})","alerts.min_duration":"Mindestens (Minuten)","alerts.add":"Regel hinzufügen","alerts.rules":"Regeln","alerts.none":"Keine Regeln. Schwellen hier hinzufügen.","alerts.per_min":"{value} pro Minute","alerts.for_min":"für {m} min","alerts.bad_value":"Gib die Schwelle (oder eine Rate über 0) als Zahl ein.","alerts.bad_hysteresis":"Die Hysterese muss eine Zahl ab 0 sein.","alerts.bad_minutes":"Die Dauer muss zwischen 0 und 1440 Minuten liegen.","panel.fermentation":"Gärung","ferm.title":"Gärkammern","ferm.none":"Noch keine Kammer. Ein Edge-Knoten mit einer Gärkammer in seiner edge.yaml erscheint hier; koppel ihn auf der Seite „Geräte“.","ferm.setpoint":"Sollwert {value}","ferm.step":"Schritt {n} von {count}","ferm.finished":"fertig, der letzte Sollwert wird gehalten","ferm.progress":"Fortschritt des Schritts","ferm.remaining":"noch {d} in diesem Schritt","ferm.stop":"Profil anhalten","ferm.no_profile":"Kein Profil aktiv.","ferm.new_profile":"Profil starten","ferm.name":"Profilname","ferm.chamber":"Auf Kammer","ferm.type":"Schritt","ferm.target":"Ziel ({unit})","ferm.hours":"Stunden","ferm.until_gravity":"Bis Dichte unter (SG)","ferm.type_of":"Art von Schritt {n}","ferm.target_of":"Ziel von Schritt {n} ({unit})","ferm.hours_of":"Stunden von Schritt {n}","ferm.gravity_of":"Dichte, die Schritt {n} beendet","ferm.remove_step":"Schritt {n} entfernen","ferm.hold":"Halten","ferm.ramp":"Rampe auf","ferm.add_step":"Schritt hinzufügen","ferm.start":"Auf der Kammer starten","ferm.pick_chamber":"Wähle die Kammer, auf der es laufen soll.","ferm.bad_target":"Schritt {step}: das Ziel muss eine Zahl zwischen -5 und 40 °C (23 und 104 °F) sein.","ferm.bad_hours":"Schritt {step}: die Stunden müssen eine Zahl über 0 sein.","ferm.bad_ramp_hours":"Schritt {step}: eine Rampe braucht ihre Stunden.","ferm.bad_gravity":"Schritt {step}: die Dichte muss ein SG zwischen 0,980 und 1,200 sein.","ferm.sent":"An {chamber} gesendet; es startet beim nächsten Kontakt des Knotens.","ferm.stop_sent":"Anhalten an {chamber} gesendet."};var Jr={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet: pair an edge node on the Devices page.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.ha_sensors":"Home Assistant sensors ({count})","form.search_sensors":"Search sensors by name, device or area","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet: pair an edge node on the Devices page to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen","panel.devices":"Devices","panel.hydrometers":"Hydrometers","empty.open_devices":"Open Devices to pair one","empty.open_hydrometers":"Set up a hydrometer","form.edit_title":"Edit session","form.notes":"Notes","form.save":"Save changes","form.bad_target":"The target of {probe} is not a number.","detail.edit":"Edit","detail.delete":"Delete","detail.confirm_delete":"Delete for good","detail.confirm_delete_group":"Confirm deleting the session","detail.delete_consequence":"Deletes the session, its notes and alerts; the readings stay with their devices.","devices.title":"Devices","devices.admin_only":"Only administrators can see and change devices.","devices.loading":"Loading devices…","devices.none":"No edge nodes or hydrometers yet. Pair an edge node with “Pair a node”, or set up a hydrometer on the Hydrometers page.","devices.pair":"Pair a node","devices.pair_title":"Pair a node","devices.pair_code":"One-time code","devices.pair_expires":"valid for {m}:{s}","devices.pair_expired":"expired; get a new code","devices.pair_run":"On the Pi, run:","devices.pair_then":"Then restart the node: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Waiting for the node… it appears below by itself.","devices.pair_new_code":"New code","devices.copy":"Copy","devices.copied":"Copied","devices.kind_edge":"Edge node","devices.kind_hydrometer":"Hydrometer","devices.online":"Online","devices.silent":"Silent","devices.never":"Never seen","devices.just_paired":"Just paired","devices.last_seen":"Last seen","devices.outbox":"Unsent readings","devices.oldest":"oldest {time}","devices.dropped":"Dropped readings","devices.version":"Software","devices.no_sensors":"No sensors reported yet.","devices.rename":"Rename","devices.new_name":"New name","devices.save":"Save","devices.rotate":"New token","devices.rotate_consequence":"The node’s current token stops working at once. Put the new one on the node (or pair it again), or it cannot send readings.","devices.confirm_rotate":"Replace the token","devices.token_shown_once":"New token (shown once; write it to the node’s token file):","devices.remove":"Remove","devices.remove_consequence":"Removing deletes the device with all its sensors’ readings, its commands, its hydrometer mapping and calibration, and its Home Assistant device and entities. Its token stops working. Sessions stay, without this device’s channels’ data.","devices.confirm_remove":"Remove for good","sources.title":"Home Assistant sensors","sources.help":"Brewpit stores every state of a followed sensor as a reading, so a cook or brew can use it like one of its own probes.","sources.empty":"No Home Assistant sensor is followed yet. Sensors chosen in a new session are followed while it runs; sensors you follow here stay followed until you stop.","sources.new_session":"New session","sources.follow":"Follow a sensor","sources.follow_one":"Follow","sources.search":"Search sensors by name, device or area","sources.none_left":"No other numeric sensor to follow.","sources.now_following":"Now following {name}. Its recent history is read from the Home Assistant recorder.","sources.kept":"Always followed","sources.session_only":"While a session uses it","sources.used_by":"Used by: {names}","sources.covered":"Recorder read back to {time}","sources.gone":"Not in Home Assistant","sources.keep":"Always follow","sources.stop":"Stop following","sources.stop_consequence":"Brewpit stops recording {name}. The history recorded so far stays.","sources.stop_in_use":"These running sessions get no new readings from it: {names}.","hydro.title":"Hydrometers","hydro.gateways":"Gateways","hydro.gateways_help":"A gateway is a token your iSpindel, Tilt or GravityMon posts with. Create one, then paste the URL for your device type into its settings.","hydro.gateway_name":"Gateway name","hydro.create":"Create gateway","hydro.no_gateways":"No gateway yet: create one to get the URLs to paste.","hydro.urls":"URLs for “{name}” (the token is in them and shown only now):","hydro.device_type":"Device","hydro.url":"URL","hydro.where":"Where to paste it","hydro.where.ispindel":"iSpindel: Service type HTTP, full URL in Path","hydro.where.tilt":"Tilt app or TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon and other Brewfather-style streams: custom stream URL","hydro.delete_gateway":"Delete","hydro.delete_gateway_consequence":"Hydrometers posting with this token are refused from now on; their data stays.","hydro.list":"Hydrometers","hydro.none":"No hydrometer has posted yet. It appears here after its first post.","hydro.gravity":"Gravity","hydro.battery":"Battery","hydro.signal":"Signal","hydro.calibrate":"Calibrate","hydro.cal_title":"Calibrate {name}","hydro.cal_help":"Enter pairs of what the hydrometer read and the true gravity (from a refractometer or a reference hydrometer). Three or more pairs fit a curve.","hydro.cal_input":"The hydrometer reads","hydro.cal_input.angle":"tilt angle (°)","hydro.cal_input.gravity":"gravity (SG)","hydro.cal_raw":"Reading","hydro.cal_actual":"True gravity (SG)","hydro.cal_add":"Add a pair","hydro.cal_remove":"Remove pair {n}","hydro.cal_residual":"Residual","hydro.cal_fit":"Fitted: {formula} (R² {r2})","hydro.cal_none":"Not calibrated yet.","hydro.cal_save":"Save and fit","hydro.cal_export":"Export","hydro.cal_import":"Import","hydro.cal_import_label":"Calibration to import (JSON)","hydro.cal_bad_pair":"Pair {n} needs two numbers.","hydro.cal_saved":"Saved; new readings are calibrated from now on.","panel.alerts":"Alerts","alerts.title":"Alert rules","alerts.new":"New rule","alerts.kind":"When","alerts.kind.above":"Above","alerts.kind.below":"Below","alerts.kind.rate_of_change":"Changes faster than","alerts.role":"Probe role","alerts.scope":"For","alerts.every_session":"Every session","alerts.threshold":"Threshold ({unit})","alerts.rate":"Rate per minute ({unit})","alerts.hysteresis":"Hysteresis ({unit})","alerts.min_duration":"For at least (minutes)","alerts.add":"Add rule","alerts.rules":"Rules","alerts.none":"No rules. Add thresholds here.","alerts.per_min":"{value} per minute","alerts.for_min":"for {m} min","alerts.bad_value":"Enter the threshold (or a rate above 0) as a number.","alerts.bad_hysteresis":"The hysteresis must be a number of 0 or more.","alerts.bad_minutes":"The duration must be between 0 and 1440 minutes.","panel.fermentation":"Fermentation","ferm.title":"Fermentation chambers","ferm.none":"No chamber yet. An edge node with a fermentation chamber in its edge.yaml shows up here; pair one on the Devices page.","ferm.setpoint":"Setpoint {value}","ferm.step":"step {n} of {count}","ferm.finished":"finished, holding the last setpoint","ferm.progress":"Progress of the step","ferm.remaining":"{d} left in this step","ferm.stop":"Stop profile","ferm.no_profile":"No profile running.","ferm.new_profile":"Start a profile","ferm.name":"Profile name","ferm.chamber":"On chamber","ferm.type":"Step","ferm.target":"Target ({unit})","ferm.hours":"Hours","ferm.until_gravity":"Until gravity below (SG)","ferm.type_of":"Kind of step {n}","ferm.target_of":"Target of step {n} ({unit})","ferm.hours_of":"Hours of step {n}","ferm.gravity_of":"Gravity ending step {n}","ferm.remove_step":"Remove step {n}","ferm.hold":"Hold","ferm.ramp":"Ramp to","ferm.add_step":"Add a step","ferm.start":"Start on the chamber","ferm.pick_chamber":"Pick the chamber to run it on.","ferm.bad_target":"Step {step}: the target must be a number between -5 and 40 °C (23 and 104 °F).","ferm.bad_hours":"Step {step}: hours must be a number above 0.","ferm.bad_ramp_hours":"Step {step}: a ramp needs its hours.","ferm.bad_gravity":"Step {step}: the gravity must be an SG between 0.980 and 1.200.","ferm.sent":"Sent to {chamber}; it starts with the node’s next contact.","ferm.stop_sent":"Stop sent to {chamber}."};var Qr={en:Jr,de:tl};function Au(s){let n=(s||"en").toLowerCase();if(Qr[n])return n;let e=n.split(/[-_]/)[0];return Qr[e]?e:"en"}function nl(s,n){let e=0;for(let t=n;t<s.length;t++)if(s[t]==="{")e++;else if(s[t]==="}"&&--e===0)return t;return-1}function Tu(s){let n=new Map,e=0;for(;e<s.length;){let t=s.indexOf("{",e);if(t<0)break;let i=nl(s,t);if(i<0)break;n.set(s.slice(e,t).trim(),s.slice(t+1,i)),e=i+1}return n}function il(s,n,e,t){let i="",r=0;for(;r<s.length;){let o=s.indexOf("{",r);if(o<0){i+=s.slice(r);break}i+=s.slice(r,o);let a=nl(s,o);if(a<0){i+=s.slice(o);break}let c=s.slice(o+1,a),u=c.indexOf(",");if(u<0){let p=n[c.trim()];i+=p===void 0?"":String(p)}else{let p=c.slice(0,u).trim(),m=c.slice(u+1),y=m.slice(m.indexOf(",")+1),w=Number(n[p]??0),k=Tu(y),P=k.get(`=${w}`)??k.get(e.select(w))??k.get("other")??"";i+=il(P.replace(/#/g,t(w)),n,e,t)}r=a+1}return i}var sl=new Map;function ie(s){let n=Au(s),e=sl.get(n);if(e)return e;let t=Qr[n],i=new Intl.PluralRules(n),r=new Intl.NumberFormat(n),o=a=>r.format(a);return e=(a,c={})=>il(t[a]??Jr[a],c,i,o),sl.set(n,e),e}function xe(s){return s.locale?.language||s.language||"en"}function se(s){let n,e;return(...t)=>(n&&n.length===t.length&&n.every((i,r)=>i===t[r])||(e=s(...t),n=t),e)}var rl={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function ol(s){let n=[...rl[s]];return{fitting:n,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(t=>!n.includes(t))}}var al=(s,n)=>rl[n].includes(s),Mu={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function At(s,n){let e=Mu[s];return e?n(e):s}var Cu=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function Xr(s,n,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let t=`${s} ${n}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[i,r]of Cu)if(r.test(t))return i;return"other"}var ll=new Set(["battery","voltage","signal_strength","data_size","angle"]);var me=he`
:host {
color: var(--primary-text-color);
font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
}
.card {
background: var(--card-background-color, var(--ha-card-background));
border: 1px solid var(--divider-color);
border-radius: var(--ha-card-border-radius, 12px);
padding: 16px;
margin-block-end: 16px;
box-sizing: border-box;
}
h2 {
font-size: 1.25rem;
font-weight: 500;
margin: 0 0 12px;
}
h3 {
font-size: 1rem;
font-weight: 500;
margin: 0 0 8px;
}
button,
.button {
font: inherit;
font-size: 0.875rem;
font-weight: 500;
color: var(--primary-color);
background: transparent;
border: 1px solid var(--divider-color);
border-radius: 18px;
padding-block: 6px;
padding-inline: 14px;
cursor: pointer;
min-block-size: 36px;
display: inline-flex;
align-items: center;
gap: 6px;
text-decoration: none;
}
button.primary {
background: var(--primary-color);
color: var(--text-primary-color, #fff);
border-color: var(--primary-color);
}
button.danger {
color: var(--error-color);
border-color: var(--error-color);
}
button.icon {
padding-inline: 8px;
min-inline-size: 36px;
justify-content: center;
}
button:disabled {
opacity: 0.5;
cursor: default;
}
button:focus-visible,
a:focus-visible,
input:focus-visible,
select:focus-visible,
[tabindex]:focus-visible {
outline: 2px solid var(--primary-color);
outline-offset: 2px;
}
input,
select {
font: inherit;
color: var(--primary-text-color);
background: var(--card-background-color);
border: 1px solid var(--divider-color);
border-radius: 8px;
padding-block: 6px;
padding-inline: 10px;
min-block-size: 36px;
box-sizing: border-box;
}
label {
color: var(--secondary-text-color);
font-size: 0.875rem;
}
.muted {
color: var(--secondary-text-color);
}
.error {
color: var(--error-color);
}
.chip {
display: inline-block;
font-size: 0.75rem;
border-radius: 10px;
padding-block: 2px;
padding-inline: 8px;
border: 1px solid var(--divider-color);
color: var(--secondary-text-color);
white-space: nowrap;
}
.chip.active {
color: var(--primary-color);
border-color: var(--primary-color);
}
.chip.alert {
color: var(--error-color);
border-color: var(--error-color);
}
.toolbar {
display: flex;
flex-wrap: wrap;
align-items: center;
gap: 8px;
}
.spacer {
flex: 1;
}
.swatch {
display: inline-block;
inline-size: 10px;
block-size: 10px;
border-radius: 2px;
margin-inline-end: 6px;
}
.visually-hidden {
position: absolute;
inline-size: 1px;
block-size: 1px;
overflow: hidden;
clip: rect(0 0 0 0);
white-space: nowrap;
}
table {
border-collapse: collapse;
inline-size: 100%;
}
th,
td {
text-align: start;
padding-block: 6px;
padding-inline: 8px;
border-block-end: 1px solid var(--divider-color);
font-size: 0.875rem;
}
th {
color: var(--secondary-text-color);
font-weight: 500;
}
td.num,
th.num {
text-align: end;
font-variant-numeric: tabular-nums;
}
`;var cl=["above","below","rate_of_change"],Ru=["pit","meat","wort","chamber","gravity","ambient","other"],dl={kind:"above",role:"pit",session:"",value:"",hysteresis:"",minutes:""},Ft=class extends J{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.draft={...dl};this.error="";this.busy=!1;this.fmt=se(De)}connectedCallback(){super.connectedCallback(),this.refresh()}get t(){return ie(xe(this.hass))}get temp(){return Ne(this.hass.config.unit_system.temperature)}async refresh(){try{[this.rules,this.sessions]=await Promise.all([Ua(this.hass),ds(this.hass,{status:"active"})])}catch(e){this.error=Q(e)}}build(){let e=this.t,t=this.draft,i=ni(t.role,this.temp),r=Rs(t.value);if(!Number.isFinite(r)||t.kind==="rate_of_change"&&r<=0)return e("alerts.bad_value");let o=t.hysteresis.trim()?Rs(t.hysteresis):0,a=t.minutes.trim()?Rs(t.minutes):0;if(!Number.isFinite(o)||o<0)return e("alerts.bad_hysteresis");if(!Number.isFinite(a)||a<0||a>1440)return e("alerts.bad_minutes");let c=p=>Math.round(p*1e4)/1e4,u=t.kind==="rate_of_change"?{rate_per_min:c(i.deltaIn(r)),direction:"any"}:{threshold:c(i.levelIn(r)),...o?{hysteresis:c(i.deltaIn(o))}:{},...a?{min_duration_s:Math.round(a*60)}:{}};return{kind:t.kind,role:t.role,...t.session?{session_id:t.session}:{},params:u}}async add(e){e.preventDefault();let t=this.build();if(typeof t=="string"){this.error=t;return}this.busy=!0,this.error="";try{await ja(this.hass,t),this.draft={...dl,role:this.draft.role,session:this.draft.session},await this.refresh()}catch(i){this.error=Q(i)}finally{this.busy=!1}}async removeRule(e){try{await Va(this.hass,e),await this.refresh()}catch(t){this.error=Q(t)}}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("alerts.title")}</h2>
${this.renderForm()}
<section class="card" aria-labelledby="rules-title">
<h3 id="rules-title">${e("alerts.rules")}</h3>
${this.rules?this.rules.length===0?g`<p class="muted">${e("alerts.none")}</p>`:g`<ul class="rules">
${this.rules.map(t=>this.renderRule(t))}
</ul>`:g`<p class="muted" role="status">${e("devices.loading")}</p>`}
</section>`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderForm(){let e=this.t,t=this.draft,i=ni(t.role,this.temp),r=a=>c=>this.draft={...this.draft,[a]:c.target.value},o=t.kind==="rate_of_change";return g`<form class="card" @submit=${a=>{this.add(a)}}>
<h3>${e("alerts.new")}</h3>
<div class="grid">
<label
>${e("alerts.kind")}
<select name="kind" @change=${r("kind")}>
${cl.map(a=>g`<option value=${a} ?selected=${a===t.kind}>${e(`alerts.kind.${a}`)}</option>`)}
</select>
</label>
<label
>${e("alerts.role")}
<select name="role" @change=${r("role")}>
${Ru.map(a=>g`<option value=${a} ?selected=${a===t.role}>${At(a,e)}</option>`)}
</select>
</label>
<label
>${e("alerts.scope")}
<select name="session" @change=${r("session")}>
<option value="" ?selected=${!t.session}>${e("alerts.every_session")}</option>
${this.sessions.map(a=>g`<option value=${a.id} ?selected=${a.id===t.session}>${a.name}</option>`)}
</select>
</label>
<label
>${o?e("alerts.rate",{unit:i.unit}):e("alerts.threshold",{unit:i.unit})}
<input
name="value"
inputmode="decimal"
required
.value=${t.value}
@input=${r("value")}
/>
</label>
${o?S:g`<label
>${e("alerts.hysteresis",{unit:i.unit})}
<input
name="hysteresis"
inputmode="decimal"
.value=${t.hysteresis}
@input=${r("hysteresis")}
/>
</label>
<label
>${e("alerts.min_duration")}
<input
name="minutes"
inputmode="decimal"
.value=${t.minutes}
@input=${r("minutes")}
/>
</label>`}
</div>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
<div class="toolbar">
<span class="spacer"></span>
<button class="primary" type="submit" ?disabled=${this.busy}>${e("alerts.add")}</button>
</div>
</form>`}describe(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=ni(e.role,this.temp),o=e.params,a=c=>`${i.number(c,r.decimals)} ${r.unit}`;return(e.kind==="above"||e.kind==="below")&&o.threshold!==void 0?a(r.level(o.threshold)):e.kind==="rate_of_change"&&o.rate_per_min!==void 0?t("alerts.per_min",{value:a(r.delta(o.rate_per_min))}):e.kind==="low_battery"&&o.threshold!==void 0?`${o.threshold} %`:o.minutes!==void 0?`${i.number(o.minutes,0)} min`:""}renderRule(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=ni(e.role,this.temp),o=e.params,a=e.session_id?this.sessions.find(u=>u.id===e.session_id)?.name??e.session_id:t("alerts.every_session"),c=cl.includes(e.kind)?t(`alerts.kind.${e.kind}`):e.name;return g`<li class="toolbar" data-rule=${e.id} data-kind=${e.kind}>
${c?g`<span class="chip">${c}</span>`:S}
<span>${e.role?At(e.role,t):""} ${this.describe(e)}</span>
${o.hysteresis&&e.kind!=="low_battery"?g`<span class="muted"
>± ${i.number(r.delta(o.hysteresis),r.decimals)} ${r.unit}</span
>`:S}
${o.min_duration_s?g`<span class="muted"
>${t("alerts.for_min",{m:Math.round(o.min_duration_s/60)})}</span
>`:S}
<span class="muted">${a}</span>
<span class="spacer"></span>
<button class="danger" @click=${()=>{this.removeRule(e.id)}}>
${t("devices.remove")}
</button>
</li>`}};Ft.styles=[me,he`
.grid {
display: grid;
grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
gap: 12px;
}
label {
display: flex;
flex-direction: column;
gap: 4px;
}
input {
font: inherit;
padding: 6px 8px;
border: 1px solid var(--divider-color);
border-radius: 6px;
background: var(--card-background-color);
color: inherit;
}
ul.rules {
list-style: none;
padding: 0;
margin: 0;
display: grid;
gap: 8px;
}
`],v([M({attribute:!1})],Ft.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],Ft.prototype,"narrow",2),v([E()],Ft.prototype,"rules",2),v([E()],Ft.prototype,"sessions",2),v([E()],Ft.prototype,"draft",2),v([E()],Ft.prototype,"error",2),v([E()],Ft.prototype,"busy",2),Ft=v([ae("brewpit-alerts")],Ft);var zu="uplot",Pu="u-hz",Nu="u-vt",Lu="u-title",Du="u-wrap",Iu="u-under",Hu="u-over",Ou="u-axis",Bs="u-off",Fu="u-select",Uu="u-cursor-x",ju="u-cursor-y",Vu="u-cursor-pt",Gu="u-legend",Wu="u-live",Ku="u-inline",qu="u-series",Zu="u-marker",ul="u-label",Yu="u-value",ri="width",oi="height";var hl="bottom",An="left",Br="right",vo="#000",ml=vo+"0",eo="mousemove",pl="mousedown",to="mouseup",fl="mouseenter",gl="mouseleave",vl="dblclick",Ju="resize",Qu="scroll",bl="change",Fi="dppxchange",bo="--",Nn=typeof window<"u",oo=Nn?document:null,Mn=Nn?window:null,Xu=Nn?navigator:null,be,Di;function ao(){let s=devicePixelRatio;be!=s&&(be=s,Di&&co(bl,Di,ao),Di=matchMedia(`(min-resolution: ${be-.001}dppx) and (max-resolution: ${be+.001}dppx)`),en(bl,Di,ao),Mn.dispatchEvent(new CustomEvent(Fi)))}function Tt(s,n){if(n!=null){let e=s.classList;!e.contains(n)&&e.add(n)}}function lo(s,n){let e=s.classList;e.contains(n)&&e.remove(n)}function Ce(s,n,e){s.style[n]=e+"px"}function Jt(s,n,e,t){let i=oo.createElement(s);return n!=null&&Tt(i,n),e?.insertBefore(i,t),i}function Ut(s,n){return Jt("div",s,n)}var yl=new WeakMap;function hs(s,n,e,t,i){let r="translate("+n+"px,"+e+"px)",o=yl.get(s);r!=o&&(s.style.transform=r,yl.set(s,r),n<0||e<0||n>t||e>i?Tt(s,Bs):lo(s,Bs))}var _l=new WeakMap;function wl(s,n,e){let t=n+e,i=_l.get(s);t!=i&&(_l.set(s,t),s.style.background=n,s.style.borderColor=e)}var $l=new WeakMap;function xl(s,n,e,t){let i=n+""+e,r=$l.get(s);i!=r&&($l.set(s,i),s.style.height=e+"px",s.style.width=n+"px",s.style.marginLeft=t?-n/2+"px":0,s.style.marginTop=t?-e/2+"px":0)}var yo={passive:!0},Bu={...yo,capture:!0};function en(s,n,e,t){n.addEventListener(s,e,t?Bu:yo)}function co(s,n,e,t){n.removeEventListener(s,e,yo)}Nn&&ao();function Qt(s,n,e,t){let i;e=e||0,t=t||n.length-1;let r=t<=2147483647;for(;t-e>1;)i=r?e+t>>1:Mt((e+t)/2),n[i]<s?e=i:t=i;return s-n[e]<=n[t]-s?e:t}function Ql(s){return(e,t,i)=>{let r=-1,o=-1;for(let a=t;a<=i;a++)if(s(e[a])){r=a;break}for(let a=i;a>=t;a--)if(s(e[a])){o=a;break}return[r,o]}}var Xl=s=>s!=null,Bl=s=>s!=null&&s>0,Vi=Ql(Xl),eh=Ql(Bl);function th(s,n,e,t=0,i=!1){let r=i?eh:Vi,o=i?Bl:Xl;[n,e]=r(s,n,e);let a=s[n],c=s[n];if(n>-1)if(t==1)a=s[n],c=s[e];else if(t==-1)a=s[e],c=s[n];else for(let u=n;u<=e;u++){let p=s[u];o(p)&&(p<a?a=p:p>c&&(c=p))}return[a??Se,c??-Se]}function Gi(s,n,e,t){let i=El(s),r=El(n);s==n&&(i==-1?(s*=e,n/=e):(s/=e,n*=e));let o=e==10?ys:ec,a=i==1?Mt:jt,c=r==1?jt:Mt,u=a(o(Ke(s))),p=c(o(Ke(n))),m=Cn(e,u),y=Cn(e,p);return e==10&&(u<0&&(m=ke(m,-u)),p<0&&(y=ke(y,-p))),t||e==2?(s=m*i,n=y*r):(s=ic(s,m),n=Wi(n,y)),[s,n]}function _o(s,n,e,t){let i=Gi(s,n,e,t);return s==0&&(i[0]=0),n==0&&(i[1]=0),i}var wo=.1,Sl={mode:3,pad:wo},li={pad:0,soft:null,mode:0},sh={min:li,max:li};function Ui(s,n,e,t){return Ki(e)?kl(s,n,e):(li.pad=e,li.soft=t?0:null,li.mode=t?3:0,kl(s,n,sh))}function ge(s,n){return s??n}function nh(s,n,e){for(n=ge(n,0),e=ge(e,s.length-1);n<=e;){if(s[n]!=null)return!0;n++}return!1}function kl(s,n,e){let t=e.min,i=e.max,r=ge(t.pad,0),o=ge(i.pad,0),a=ge(t.hard,-Se),c=ge(i.hard,Se),u=ge(t.soft,Se),p=ge(i.soft,-Se),m=ge(t.mode,0),y=ge(i.mode,0),w=n-s,k=ys(w),P=mt(Ke(s),Ke(n)),z=ys(P),T=Ke(z-k);(w<1e-24||T>10)&&(w=0,(s==0||n==0)&&(w=1e-24,m==2&&u!=Se&&(r=0),y==2&&p!=-Se&&(o=0)));let $=w||P||1e3,L=ys($),C=Cn(10,Mt(L)),K=$*(w==0?s==0?.1:1:r),F=ke(ic(s-K,C/10),24),re=s>=u&&(m==1||m==3&&F<=u||m==2&&F>=u)?u:Se,B=mt(a,F<re&&s>=re?re:Xt(re,F)),ce=$*(w==0?n==0?.1:1:o),X=ke(Wi(n+ce,C/10),24),N=n<=p&&(y==1||y==3&&X>=p||y==2&&X<=p)?p:-Se,ne=Xt(c,X>N&&n<=N?N:mt(N,X));return B==ne&&B==0&&(ne=100),[B,ne]}var ih=new Intl.NumberFormat(Nn?Xu.language:"en-US"),$o=s=>ih.format(s),Ct=Math,Oi=Ct.PI,Ke=Ct.abs,Mt=Ct.floor,We=Ct.round,jt=Ct.ceil,Xt=Ct.min,mt=Ct.max,Cn=Ct.pow,El=Ct.sign,ys=Ct.log10,ec=Ct.log2,rh=(s,n=1)=>Ct.sinh(s)*n,so=(s,n=1)=>Ct.asinh(s/n),Se=1/0;function Al(s){return(ys((s^s>>31)-(s>>31))|0)+1}function uo(s,n,e){return Xt(mt(s,n),e)}function tc(s){return typeof s=="function"}function de(s){return tc(s)?s:()=>s}var oh=()=>{},sc=s=>s,nc=(s,n)=>n,ah=s=>null,Tl=s=>!0,Ml=(s,n)=>s==n,lh=/\.\d*?(?=9{6,}|0{6,})/gm,tn=s=>{if(oc(s)||Ps.has(s))return s;let n=`${s}`,e=n.match(lh);if(e==null)return s;let t=e[0].length-1;if(n.indexOf("e-")!=-1){let[i,r]=n.split("e");return+`${tn(i)}e${r}`}return ke(s,t)};function Qs(s,n){return tn(ke(tn(s/n))*n)}function Wi(s,n){return tn(jt(tn(s/n))*n)}function ic(s,n){return tn(Mt(tn(s/n))*n)}function ke(s,n=0){if(oc(s))return s;let e=10**n,t=s*e*(1+Number.EPSILON);return We(t)/e}var Ps=new Map;function rc(s){return((""+s).split(".")[1]||"").length}function di(s,n,e,t){let i=[],r=t.map(rc);for(let o=n;o<e;o++){let a=Ke(o),c=ke(Cn(s,o),a);for(let u=0;u<t.length;u++){let p=s==10?+`${t[u]}e${o}`:t[u]*c,m=(o>=0?0:a)+(o>=r[u]?0:r[u]),y=s==10?p:ke(p,m);i.push(y),Ps.set(y,m)}}return i}var ci={},xo=[],Rn=[null,null],zs=Array.isArray,oc=Number.isInteger,ch=s=>s===void 0;function Cl(s){return typeof s=="string"}function Ki(s){let n=!1;if(s!=null){let e=s.constructor;n=e==null||e==Object}return n}function dh(s){return s!=null&&typeof s=="object"}var uh=Object.getPrototypeOf(Uint8Array),ac="__proto__";function zn(s,n=Ki){let e;if(zs(s)){let t=s.find(i=>i!=null);if(zs(t)||n(t)){e=Array(s.length);for(let i=0;i<s.length;i++)e[i]=zn(s[i],n)}else e=s.slice()}else if(s instanceof uh)e=s.slice();else if(n(s)){e={};for(let t in s)t!=ac&&(e[t]=zn(s[t],n))}else e=s;return e}function je(s){let n=arguments;for(let e=1;e<n.length;e++){let t=n[e];for(let i in t)i!=ac&&(Ki(s[i])?je(s[i],zn(t[i])):s[i]=zn(t[i]))}return s}var hh=0,mh=1,ph=2;function fh(s,n,e){for(let t=0,i,r=-1;t<n.length;t++){let o=n[t];if(o>r){for(i=o-1;i>=0&&s[i]==null;)s[i--]=null;for(i=o+1;i<e&&s[i]==null;)s[r=i++]=null}}}function gh(s,n){if(yh(s)){let o=s[0].slice();for(let a=1;a<s.length;a++)o.push(...s[a].slice(1));return _h(o[0])||(o=bh(o)),o}let e=new Set;for(let o=0;o<s.length;o++){let c=s[o][0],u=c.length;for(let p=0;p<u;p++)e.add(c[p])}let t=[Array.from(e).sort((o,a)=>o-a)],i=t[0].length,r=new Map;for(let o=0;o<i;o++)r.set(t[0][o],o);for(let o=0;o<s.length;o++){let a=s[o],c=a[0];for(let u=1;u<a.length;u++){let p=a[u],m=Array(i).fill(void 0),y=n?n[o][u]:mh,w=[];for(let k=0;k<p.length;k++){let P=p[k],z=r.get(c[k]);P===null?y!=hh&&(m[z]=P,y==ph&&w.push(z)):m[z]=P}fh(m,w,i),t.push(m)}}return t}var vh=typeof queueMicrotask>"u"?s=>Promise.resolve().then(s):queueMicrotask;function bh(s){let n=s[0],e=n.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,o)=>n[r]-n[o]);let i=[];for(let r=0;r<s.length;r++){let o=s[r],a=Array(e);for(let c=0;c<e;c++)a[c]=o[t[c]];i.push(a)}return i}function yh(s){let n=s[0][0],e=n.length;for(let t=1;t<s.length;t++){let i=s[t][0];if(i.length!=e)return!1;if(i!=n){for(let r=0;r<e;r++)if(i[r]!=n[r])return!1}}return!0}function _h(s,n=100){let e=s.length;if(e<=1)return!0;let t=0,i=e-1;for(;t<=i&&s[t]==null;)t++;for(;i>=t&&s[i]==null;)i--;if(i<=t)return!0;let r=mt(1,Mt((i-t+1)/n));for(let o=s[t],a=t+r;a<=i;a+=r){let c=s[a];if(c!=null){if(c<=o)return!1;o=c}}return!0}var lc=["January","February","March","April","May","June","July","August","September","October","November","December"],cc=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function dc(s){return s.slice(0,3)}var wh=cc.map(dc),$h=lc.map(dc),xh={MMMM:lc,MMM:$h,WWWW:cc,WWW:wh};function ii(s){return(s<10?"0":"")+s}function Sh(s){return(s<10?"00":s<100?"0":"")+s}var kh={YYYY:s=>s.getFullYear(),YY:s=>(s.getFullYear()+"").slice(2),MMMM:(s,n)=>n.MMMM[s.getMonth()],MMM:(s,n)=>n.MMM[s.getMonth()],MM:s=>ii(s.getMonth()+1),M:s=>s.getMonth()+1,DD:s=>ii(s.getDate()),D:s=>s.getDate(),WWWW:(s,n)=>n.WWWW[s.getDay()],WWW:(s,n)=>n.WWW[s.getDay()],HH:s=>ii(s.getHours()),H:s=>s.getHours(),h:s=>{let n=s.getHours();return n==0?12:n>12?n-12:n},AA:s=>s.getHours()>=12?"PM":"AM",aa:s=>s.getHours()>=12?"pm":"am",a:s=>s.getHours()>=12?"p":"a",mm:s=>ii(s.getMinutes()),m:s=>s.getMinutes(),ss:s=>ii(s.getSeconds()),s:s=>s.getSeconds(),fff:s=>Sh(s.getMilliseconds())};function So(s,n){n=n||xh;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=t.exec(s);)e.push(i[0][0]=="{"?kh[i[1]]:i[0]);return r=>{let o="";for(let a=0;a<e.length;a++)o+=typeof e[a]=="string"?e[a]:e[a](r,n);return o}}var Eh=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ah(s,n){let e;return n=="UTC"||n=="Etc/UTC"?e=new Date(+s+s.getTimezoneOffset()*6e4):n==Eh?e=s:(e=new Date(s.toLocaleString("en-US",{timeZone:n})),e.setMilliseconds(s.getMilliseconds())),e}var uc=s=>s%1==0,ji=[1,2,2.5,5],Th=di(10,-32,0,ji),hc=di(10,0,32,ji),Mh=hc.filter(uc),Xs=Th.concat(hc),ko=`
`,mc="{YYYY}",Rl=ko+mc,pc="{M}/{D}",ai=ko+pc,Ii=ai+"/{YY}",fc="{aa}",Ch="{h}:{mm}",Tn=Ch+fc,zl=ko+Tn,Pl=":{ss}",_e=null;function gc(s){let n=s*1e3,e=n*60,t=e*60,i=t*24,r=i*30,o=i*365,c=(s==1?di(10,0,3,ji).filter(uc):di(10,-3,0,ji)).concat([n,n*5,n*10,n*15,n*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),u=[[o,mc,_e,_e,_e,_e,_e,_e,1],[i*28,"{MMM}",Rl,_e,_e,_e,_e,_e,1],[i,pc,Rl,_e,_e,_e,_e,_e,1],[t,"{h}"+fc,Ii,_e,ai,_e,_e,_e,1],[e,Tn,Ii,_e,ai,_e,_e,_e,1],[n,Pl,Ii+" "+Tn,_e,ai+" "+Tn,_e,zl,_e,1],[s,Pl+".{fff}",Ii+" "+Tn,_e,ai+" "+Tn,_e,zl,_e,1]];function p(m){return(y,w,k,P,z,T)=>{let $=[],L=z>=o,C=z>=r&&z<o,K=m(k),F=ke(K*s,3),re=no(K.getFullYear(),L?0:K.getMonth(),C||L?1:K.getDate()),B=ke(re*s,3);if(C||L){let ce=C?z/r:0,X=L?z/o:0,N=F==B?F:ke(no(re.getFullYear()+X,re.getMonth()+ce,1)*s,3),ne=new Date(We(N/s)),U=ne.getFullYear(),Z=ne.getMonth();for(let W=0;N<=P;W++){let ue=no(U+X*W,Z+ce*W,1),G=ue-m(ke(ue*s,3));N=ke((+ue+G)*s,3),N<=P&&$.push(N)}}else{let ce=z>=i?i:z,X=Mt(k)-Mt(F),N=B+X+Wi(F-B,ce);$.push(N);let ne=m(N),U=ne.getHours()+ne.getMinutes()/e+ne.getSeconds()/t,Z=z/t,W=y.axes[w]._space,ue=T/W;for(;N=ke(N+z,s==1?0:3),!(N>P);)if(Z>1){let G=Mt(ke(U+Z,6))%24,pe=m(N).getHours()-G;pe>1&&(pe=-1),N-=pe*t,U=(U+Z)%24;let we=$[$.length-1];ke((N-we)/z,3)*ue>=.7&&$.push(N)}else $.push(N)}return $}}return[c,u,p]}var[Rh,zh,Ph]=gc(1),[Nh,Lh,Dh]=gc(.001);di(2,-53,53,[1]);function Nl(s,n){return s.map(e=>e.map((t,i)=>i==0||i==8||t==null?t:n(i==1||e[8]==0?t:e[1]+t)))}function Ll(s,n){return(e,t,i,r,o)=>{let a=n.find(k=>o>=k[0])||n[n.length-1],c,u,p,m,y,w;return t.map(k=>{let P=s(k),z=P.getFullYear(),T=P.getMonth(),$=P.getDate(),L=P.getHours(),C=P.getMinutes(),K=P.getSeconds(),F=z!=c&&a[2]||T!=u&&a[3]||$!=p&&a[4]||L!=m&&a[5]||C!=y&&a[6]||K!=w&&a[7]||a[1];return c=z,u=T,p=$,m=L,y=C,w=K,F(P)})}}function Ih(s,n){let e=So(n);return(t,i,r,o,a)=>i.map(c=>e(s(c)))}function no(s,n,e){return new Date(s,n,e)}function Dl(s,n){return n(s)}var Hh="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Il(s,n){return(e,t,i,r)=>r==null?bo:n(s(t))}function Oh(s,n){let e=s.series[n];return e.width?e.stroke(s,n):e.points.width?e.points.stroke(s,n):null}function Fh(s,n){return s.series[n].fill(s,n)}var Uh={show:!0,live:!0,isolate:!1,mount:oh,markers:{show:!0,width:2,stroke:Oh,fill:Fh,dash:"solid"},idx:null,idxs:null,values:[]};function jh(s,n){let e=s.cursor.points,t=Ut(),i=e.size(s,n);Ce(t,ri,i),Ce(t,oi,i);let r=i/-2;Ce(t,"marginLeft",r),Ce(t,"marginTop",r);let o=e.width(s,n,i);return o&&Ce(t,"borderWidth",o),t}function Vh(s,n){let e=s.series[n].points;return e._fill||e._stroke}function Gh(s,n){let e=s.series[n].points;return e._stroke||e._fill}function Wh(s,n){return s.series[n].points.size}var io=[0,0];function Kh(s,n,e){return io[0]=n,io[1]=e,io}function Hi(s,n,e,t=!0){return i=>{i.button==0&&(!t||i.target==n)&&e(i)}}function ro(s,n,e,t=!0){return i=>{(!t||i.target==n)&&e(i)}}var qh={show:!0,x:!0,y:!0,lock:!1,move:Kh,points:{one:!1,show:jh,size:Wh,width:0,stroke:Gh,fill:Vh},bind:{mousedown:Hi,mouseup:Hi,click:Hi,dblclick:Hi,mousemove:ro,mouseleave:ro,mouseenter:ro},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(s,n)=>{n.stopPropagation(),n.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(s,n,e,t,i)=>t-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},vc={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Eo=je({},vc,{filter:nc}),bc=je({},Eo,{size:10}),yc=je({},vc,{show:!1}),Ao='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',_c="bold "+Ao,wc=1.5,Hl={show:!0,scale:"x",stroke:vo,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_c,side:2,grid:Eo,ticks:bc,border:yc,font:Ao,lineGap:wc,rotate:0},Zh="Value",Yh="Time",Ol={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function Jh(s,n,e,t,i){return n.map(r=>r==null?"":$o(r))}function Qh(s,n,e,t,i,r,o){let a=[],c=Ps.get(i)||0;e=o?e:ke(Wi(e,i),c);for(let u=e;u<=t;u=ke(u+i,c))a.push(Object.is(u,-0)?0:u);return a}function ho(s,n,e,t,i,r,o){let a=[],c=s.scales[s.axes[n].scale].log,u=c==10?ys:ec,p=Mt(u(e));i=Cn(c,p),c==10&&(i=Xs[Qt(i,Xs)]);let m=e,y=i*c;c==10&&(y=Xs[Qt(y,Xs)]);do a.push(m),m=m+i,c==10&&!Ps.has(m)&&(m=ke(m,Ps.get(i))),m>=y&&(i=m,y=i*c,c==10&&(y=Xs[Qt(y,Xs)]));while(m<=t);return a}function Xh(s,n,e,t,i,r,o){let c=s.scales[s.axes[n].scale].asinh,u=t>c?ho(s,n,mt(c,e),t,i):[c],p=t>=0&&e<=0?[0]:[];return(e<-c?ho(s,n,mt(c,-t),-e,i):[c]).reverse().map(y=>-y).concat(p,u)}var $c=/./,Bh=/[12357]/,em=/[125]/,Fl=/1/,mo=(s,n,e,t)=>s.map((i,r)=>n==4&&i==0||r%t==0&&e.test(i.toExponential()[i<0?1:0])?i:null);function tm(s,n,e,t,i){let r=s.axes[e],o=r.scale,a=s.scales[o],c=s.valToPos,u=r._space,p=c(10,o),m=c(9,o)-p>=u?$c:c(7,o)-p>=u?Bh:c(5,o)-p>=u?em:Fl;if(m==Fl){let y=Ke(c(1,o)-p);if(y<u)return mo(n.slice().reverse(),a.distr,m,jt(u/y)).reverse()}return mo(n,a.distr,m,1)}function sm(s,n,e,t,i){let r=s.axes[e],o=r.scale,a=r._space,c=s.valToPos,u=Ke(c(1,o)-c(2,o));return u<a?mo(n.slice().reverse(),3,$c,jt(a/u)).reverse():n}function nm(s,n,e,t){return t==null?bo:n==null?"":$o(n)}var Ul={show:!0,scale:"y",stroke:vo,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:_c,side:3,grid:Eo,ticks:bc,border:yc,font:Ao,lineGap:wc,rotate:0};function im(s,n){let e=3+(s||1)*2;return ke(e*n,3)}function rm(s,n){let{scale:e,idxs:t}=s.series[0],i=s._data[0],r=s.valToPos(i[t[0]],e,!0),o=s.valToPos(i[t[1]],e,!0),a=Ke(o-r),c=s.series[n],u=a/(c.points.space*be);return t[1]-t[0]<=u}var jl={scale:null,auto:!0,sorted:0,min:Se,max:-Se},xc=(s,n,e,t,i)=>i,Vl={show:!0,auto:!0,sorted:0,gaps:xc,alpha:1,facets:[je({},jl,{scale:"x"}),je({},jl,{scale:"y"})]},Gl={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:xc,alpha:1,points:{show:rm,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function om(s,n,e,t,i){return e/10}var Sc={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},am=je({},Sc,{time:!1,ori:1}),Wl={};function kc(s,n){let e=Wl[s];return e||(e={key:s,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(i=>i!=t)},pub(t,i,r,o,a,c,u){for(let p=0;p<e.plots.length;p++)e.plots[p]!=i&&e.plots[p].pub(t,i,r,o,a,c,u)}},s!=null&&(Wl[s]=e)),e}var Pn=1,po=2;function sn(s,n,e){let t=s.mode,i=s.series[n],r=t==2?s._data[n]:s._data,o=s.scales,a=s.bbox,c=r[0],u=t==2?r[1]:r[n],p=t==2?o[i.facets[0].scale]:o[s.series[0].scale],m=t==2?o[i.facets[1].scale]:o[i.scale],y=a.left,w=a.top,k=a.width,P=a.height,z=s.valToPosH,T=s.valToPosV;return p.ori==0?e(i,c,u,p,m,z,T,y,w,k,P,Zi,Ln,Ji,Ac,Mc):e(i,c,u,p,m,T,z,w,y,P,k,Yi,Dn,Co,Tc,Cc)}function To(s,n){let e=0,t=0,i=ge(s.bands,xo);for(let r=0;r<i.length;r++){let o=i[r];o.series[0]==n?e=o.dir:o.series[1]==n&&(o.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function lm(s,n,e,t,i){let r=s.mode,o=s.series[n],a=r==2?o.facets[1].scale:o.scale,c=s.scales[a];return i==-1?c.min:i==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function _s(s,n,e,t,i,r){return sn(s,n,(o,a,c,u,p,m,y,w,k,P,z)=>{let T=o.pxRound,$=u.dir*(u.ori==0?1:-1),L=u.ori==0?Ln:Dn,C,K;$==1?(C=e,K=t):(C=t,K=e);let F=T(m(a[C],u,P,w)),re=T(y(c[C],p,z,k)),B=T(m(a[K],u,P,w)),ce=T(y(r==1?p.max:p.min,p,z,k)),X=new Path2D(i);return L(X,B,ce),L(X,F,ce),L(X,F,re),X})}function qi(s,n,e,t,i,r){let o=null;if(s.length>0){o=new Path2D;let a=n==0?Ji:Co,c=e;for(let m=0;m<s.length;m++){let y=s[m];if(y[1]>y[0]){let w=y[0]-c;w>0&&a(o,c,t,w,t+r),c=y[1]}}let u=e+i-c,p=10;u>0&&a(o,c,t-p/2,u,t+r+p)}return o}function cm(s,n,e){let t=s[s.length-1];t&&t[0]==n?t[1]=e:s.push([n,e])}function Mo(s,n,e,t,i,r,o){let a=[],c=s.length;for(let u=i==1?e:t;u>=e&&u<=t;u+=i)if(n[u]===null){let m=u,y=u;if(i==1)for(;++u<=t&&n[u]===null;)y=u;else for(;--u>=e&&n[u]===null;)y=u;let w=r(s[m]),k=y==m?w:r(s[y]),P=m-i;w=o<=0&&P>=0&&P<c?r(s[P]):w;let T=y+i;k=o>=0&&T>=0&&T<c?r(s[T]):k,k>=w&&a.push([w,k])}return a}function Kl(s){return s==0?sc:s==1?We:n=>Qs(n,s)}function Ec(s){let n=s==0?Zi:Yi,e=s==0?(i,r,o,a,c,u)=>{i.arcTo(r,o,a,c,u)}:(i,r,o,a,c,u)=>{i.arcTo(o,r,c,a,u)},t=s==0?(i,r,o,a,c)=>{i.rect(r,o,a,c)}:(i,r,o,a,c)=>{i.rect(o,r,c,a)};return(i,r,o,a,c,u=0,p=0)=>{u==0&&p==0?t(i,r,o,a,c):(u=Xt(u,a/2,c/2),p=Xt(p,a/2,c/2),n(i,r+u,o),e(i,r+a,o,r+a,o+c,u),e(i,r+a,o+c,r,o+c,p),e(i,r,o+c,r,o,p),e(i,r,o,r+a,o,u),i.closePath())}}var Zi=(s,n,e)=>{s.moveTo(n,e)},Yi=(s,n,e)=>{s.moveTo(e,n)},Ln=(s,n,e)=>{s.lineTo(n,e)},Dn=(s,n,e)=>{s.lineTo(e,n)},Ji=Ec(0),Co=Ec(1),Ac=(s,n,e,t,i,r)=>{s.arc(n,e,t,i,r)},Tc=(s,n,e,t,i,r)=>{s.arc(e,n,t,i,r)},Mc=(s,n,e,t,i,r,o)=>{s.bezierCurveTo(n,e,t,i,r,o)},Cc=(s,n,e,t,i,r,o)=>{s.bezierCurveTo(e,n,i,t,o,r)};function Rc(s){return(n,e,t,i,r)=>sn(n,e,(o,a,c,u,p,m,y,w,k,P,z)=>{let{pxRound:T,points:$}=o,L,C;u.ori==0?(L=Zi,C=Ac):(L=Yi,C=Tc);let K=ke($.width*be,3),F=($.size-$.width)/2*be,re=ke(F*2,3),B=new Path2D,ce=new Path2D,{left:X,top:N,width:ne,height:U}=n.bbox;Ji(ce,X-re,N-re,ne+re*2,U+re*2);let Z=W=>{if(c[W]!=null){let ue=T(m(a[W],u,P,w)),G=T(y(c[W],p,z,k));L(B,ue+F,G),C(B,ue,G,F,0,Oi*2)}};if(r)r.forEach(Z);else for(let W=t;W<=i;W++)Z(W);return{stroke:K>0?B:null,fill:B,clip:ce,flags:Pn|po}})}function zc(s){return(n,e,t,i,r,o)=>{t!=i&&(r!=t&&o!=t&&s(n,e,t),r!=i&&o!=i&&s(n,e,i),s(n,e,o))}}var dm=zc(Ln),um=zc(Dn);function Pc(s){let n=ge(s?.alignGaps,0);return(e,t,i,r)=>sn(e,t,(o,a,c,u,p,m,y,w,k,P,z)=>{[i,r]=Vi(c,i,r);let T=o.pxRound,$=U=>T(m(U,u,P,w)),L=U=>T(y(U,p,z,k)),C,K;u.ori==0?(C=Ln,K=dm):(C=Dn,K=um);let F=u.dir*(u.ori==0?1:-1),re={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Pn},B=re.stroke,ce=!1;if(r-i>=P*4){let U=j=>e.posToVal(j,u.key,!0),Z=null,W=null,ue,G,gt,Re=$(a[F==1?i:r]),pe=$(a[i]),we=$(a[r]),oe=U(F==1?pe+1:we-1);for(let j=F==1?i:r;j>=i&&j<=r;j+=F){let Ve=a[j],ze=(F==1?Ve<oe:Ve>oe)?Re:$(Ve),ye=c[j];ze==Re?ye!=null?(G=ye,Z==null?(C(B,ze,L(G)),ue=Z=W=G):G<Z?Z=G:G>W&&(W=G)):ye===null&&(ce=!0):(Z!=null&&K(B,Re,L(Z),L(W),L(ue),L(G)),ye!=null?(G=ye,C(B,ze,L(G)),Z=W=ue=G):(Z=W=null,ye===null&&(ce=!0)),Re=ze,oe=U(Re+F))}Z!=null&&Z!=W&&gt!=Re&&K(B,Re,L(Z),L(W),L(ue),L(G))}else for(let U=F==1?i:r;U>=i&&U<=r;U+=F){let Z=c[U];Z===null?ce=!0:Z!=null&&C(B,$(a[U]),L(Z))}let[N,ne]=To(e,t);if(o.fill!=null||N!=0){let U=re.fill=new Path2D(B),Z=o.fillTo(e,t,o.min,o.max,N),W=L(Z),ue=$(a[i]),G=$(a[r]);F==-1&&([G,ue]=[ue,G]),C(U,G,W),C(U,ue,W)}if(!o.spanGaps){let U=[];ce&&U.push(...Mo(a,c,i,r,F,$,n)),re.gaps=U=o.gaps(e,t,i,r,U),re.clip=qi(U,u.ori,w,k,P,z)}return ne!=0&&(re.band=ne==2?[_s(e,t,i,r,B,-1),_s(e,t,i,r,B,1)]:_s(e,t,i,r,B,ne)),re})}function hm(s){let n=ge(s.align,1),e=ge(s.ascDesc,!1),t=ge(s.alignGaps,0),i=ge(s.extend,!1);return(r,o,a,c)=>sn(r,o,(u,p,m,y,w,k,P,z,T,$,L)=>{[a,c]=Vi(m,a,c);let C=u.pxRound,{left:K,width:F}=r.bbox,re=pe=>C(k(pe,y,$,z)),B=pe=>C(P(pe,w,L,T)),ce=y.ori==0?Ln:Dn,X={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Pn},N=X.stroke,ne=y.dir*(y.ori==0?1:-1),U=B(m[ne==1?a:c]),Z=re(p[ne==1?a:c]),W=Z,ue=Z;i&&n==-1&&(ue=K,ce(N,ue,U)),ce(N,Z,U);for(let pe=ne==1?a:c;pe>=a&&pe<=c;pe+=ne){let we=m[pe];if(we==null)continue;let oe=re(p[pe]),j=B(we);n==1?ce(N,oe,U):ce(N,W,j),ce(N,oe,j),U=j,W=oe}let G=W;i&&n==1&&(G=K+F,ce(N,G,U));let[gt,Re]=To(r,o);if(u.fill!=null||gt!=0){let pe=X.fill=new Path2D(N),we=u.fillTo(r,o,u.min,u.max,gt),oe=B(we);ce(pe,G,oe),ce(pe,ue,oe)}if(!u.spanGaps){let pe=[];pe.push(...Mo(p,m,a,c,ne,re,t));let we=u.width*be/2,oe=e||n==1?we:-we,j=e||n==-1?-we:we;pe.forEach(Ve=>{Ve[0]+=oe,Ve[1]+=j}),X.gaps=pe=u.gaps(r,o,a,c,pe),X.clip=qi(pe,y.ori,z,T,$,L)}return Re!=0&&(X.band=Re==2?[_s(r,o,a,c,N,-1),_s(r,o,a,c,N,1)]:_s(r,o,a,c,N,Re)),X})}function ql(s,n,e,t,i,r,o=Se){if(s.length>1){let a=null;for(let c=0,u=1/0;c<s.length;c++)if(n[c]!==void 0){if(a!=null){let p=Ke(s[c]-s[a]);p<u&&(u=p,o=Ke(e(s[c],t,i,r)-e(s[a],t,i,r)))}a=c}}return o}function mm(s){s=s||ci;let n=ge(s.size,[.6,Se,1]),e=s.align||0,t=s.gap||0,i=s.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let r=de(i),o=1-n[0],a=ge(n[1],Se),c=ge(n[2],1),u=ge(s.disp,ci),p=ge(s.each,w=>{}),{fill:m,stroke:y}=u;return(w,k,P,z)=>sn(w,k,(T,$,L,C,K,F,re,B,ce,X,N)=>{let ne=T.pxRound,U=e,Z=t*be,W=a*be,ue=c*be,G,gt;C.ori==0?[G,gt]=r(w,k):[gt,G]=r(w,k);let Re=C.dir*(C.ori==0?1:-1),pe=C.ori==0?Ji:Co,we=C.ori==0?p:(H,Ee,Ge,ln,Hs,is,Os)=>{p(H,Ee,Ge,Hs,ln,Os,is)},oe=ge(w.bands,xo).find(H=>H.series[0]==k),j=oe!=null?oe.dir:0,Ve=T.fillTo(w,k,T.min,T.max,j),lt=ne(re(Ve,K,N,ce)),ze,ye,Wt,$t=X,Ie=ne(T.width*be),ns=!1,fs=null,Pt=null,$s=null,rn=null;m!=null&&(Ie==0||y!=null)&&(ns=!0,fs=m.values(w,k,P,z),Pt=new Map,new Set(fs).forEach(H=>{H!=null&&Pt.set(H,new Path2D)}),Ie>0&&($s=y.values(w,k,P,z),rn=new Map,new Set($s).forEach(H=>{H!=null&&rn.set(H,new Path2D)})));let{x0:on,size:Hn}=u;if(on!=null&&Hn!=null){U=1,$=on.values(w,k,P,z),on.unit==2&&($=$.map(Ge=>w.posToVal(B+Ge*X,C.key,!0)));let H=Hn.values(w,k,P,z);Hn.unit==2?ye=H[0]*X:ye=F(H[0],C,X,B)-F(0,C,X,B),$t=ql($,L,F,C,X,B,$t),Wt=$t-ye+Z}else $t=ql($,L,F,C,X,B,$t),Wt=$t*o+Z,ye=$t-Wt;Wt<1&&(Wt=0),Ie>=ye/2&&(Ie=0),Wt<5&&(ne=sc);let fi=Wt>0,Ds=$t-Wt-(fi?Ie:0);ye=ne(uo(Ds,ue,W)),ze=(U==0?ye/2:U==Re?0:ye)-U*Re*((U==0?Z/2:0)+(fi?Ie/2:0));let ct={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},an=ns?null:new Path2D,gs=null;if(oe!=null)gs=w.data[oe.series[1]];else{let{y0:H,y1:Ee}=u;H!=null&&Ee!=null&&(L=Ee.values(w,k,P,z),gs=H.values(w,k,P,z))}let Is=G*ye,te=gt*ye;for(let H=Re==1?P:z;H>=P&&H<=z;H+=Re){let Ee=L[H];if(Ee==null)continue;if(gs!=null){let vt=gs[H]??0;if(Ee-vt==0)continue;lt=re(vt,K,N,ce)}let Ge=C.distr!=2||u!=null?$[H]:H,ln=F(Ge,C,X,B),Hs=re(ge(Ee,Ve),K,N,ce),is=ne(ln-ze),Os=ne(mt(Hs,lt)),xt=ne(Xt(Hs,lt)),Nt=Os-xt;if(Ee!=null){let vt=Ee<0?te:Is,Kt=Ee<0?Is:te;ns?(Ie>0&&$s[H]!=null&&pe(rn.get($s[H]),is,xt+Mt(Ie/2),ye,mt(0,Nt-Ie),vt,Kt),fs[H]!=null&&pe(Pt.get(fs[H]),is,xt+Mt(Ie/2),ye,mt(0,Nt-Ie),vt,Kt)):pe(an,is,xt+Mt(Ie/2),ye,mt(0,Nt-Ie),vt,Kt),we(w,k,H,is-Ie/2,xt,ye+Ie,Nt)}}return Ie>0?ct.stroke=ns?rn:an:ns||(ct._fill=T.width==0?T._fill:T._stroke??T._fill,ct.width=0),ct.fill=ns?Pt:an,ct})}function pm(s,n){let e=ge(n?.alignGaps,0);return(t,i,r,o)=>sn(t,i,(a,c,u,p,m,y,w,k,P,z,T)=>{[r,o]=Vi(u,r,o);let $=a.pxRound,L=G=>$(y(G,p,z,k)),C=G=>$(w(G,m,T,P)),K,F,re;p.ori==0?(K=Zi,re=Ln,F=Mc):(K=Yi,re=Dn,F=Cc);let B=p.dir*(p.ori==0?1:-1),ce=L(c[B==1?r:o]),X=ce,N=[],ne=[];for(let G=B==1?r:o;G>=r&&G<=o;G+=B)if(u[G]!=null){let Re=c[G],pe=L(Re);N.push(X=pe),ne.push(C(u[G]))}let U={stroke:s(N,ne,K,re,F,$),fill:null,clip:null,band:null,gaps:null,flags:Pn},Z=U.stroke,[W,ue]=To(t,i);if(a.fill!=null||W!=0){let G=U.fill=new Path2D(Z),gt=a.fillTo(t,i,a.min,a.max,W),Re=C(gt);re(G,X,Re),re(G,ce,Re)}if(!a.spanGaps){let G=[];G.push(...Mo(c,u,r,o,B,L,e)),U.gaps=G=a.gaps(t,i,r,o,G),U.clip=qi(G,p.ori,k,P,z,T)}return ue!=0&&(U.band=ue==2?[_s(t,i,r,o,Z,-1),_s(t,i,r,o,Z,1)]:_s(t,i,r,o,Z,ue)),U})}function fm(s){return pm(gm,s)}function gm(s,n,e,t,i,r){let o=s.length;if(o<2)return null;let a=new Path2D;if(e(a,s[0],n[0]),o==2)t(a,s[1],n[1]);else{let c=Array(o),u=Array(o-1),p=Array(o-1),m=Array(o-1);for(let y=0;y<o-1;y++)p[y]=n[y+1]-n[y],m[y]=s[y+1]-s[y],u[y]=p[y]/m[y];c[0]=u[0];for(let y=1;y<o-1;y++)u[y]===0||u[y-1]===0||u[y-1]>0!=u[y]>0?c[y]=0:(c[y]=3*(m[y-1]+m[y])/((2*m[y]+m[y-1])/u[y-1]+(m[y]+2*m[y-1])/u[y]),isFinite(c[y])||(c[y]=0));c[o-1]=u[o-2];for(let y=0;y<o-1;y++)i(a,s[y]+m[y]/3,n[y]+c[y]*m[y]/3,s[y+1]-m[y]/3,n[y+1]-c[y+1]*m[y]/3,s[y+1],n[y+1])}return a}var fo=new Set;function Zl(){for(let s of fo)s.syncRect(!0)}Nn&&(en(Ju,Mn,Zl),en(Qu,Mn,Zl,!0),en(Fi,Mn,()=>{Fe.pxRatio=be}));var vm=Pc(),bm=Rc();function Yl(s,n,e,t){return(t?[s[0],s[1]].concat(s.slice(2)):[s[0]].concat(s.slice(1))).map((r,o)=>go(r,o,n,e))}function ym(s,n){return s.map((e,t)=>t==0?{}:je({},n,e))}function go(s,n,e,t){return je({},n==0?e:t,s)}function Nc(s,n,e){return n==null?Rn:[n,e]}var _m=Nc;function wm(s,n,e){return n==null?Rn:Ui(n,e,wo,!0)}function Lc(s,n,e,t){return n==null?Rn:Gi(n,e,s.scales[t].log,!1)}var $m=Lc;function Dc(s,n,e,t){return n==null?Rn:_o(n,e,s.scales[t].log,!1)}var xm=Dc;function Sm(s,n,e,t,i){let r=mt(Al(s),Al(n)),o=n-s,a=Qt(i/t*o,e);do{let c=e[a],u=t*c/o;if(u>=i&&r+(c<5?Ps.get(c):0)<=17)return[c,u]}while(++a<e.length);return[0,0]}function Jl(s){let n,e;return s=s.replace(/(\d+)px/,(t,i)=>(n=We((e=+i)*be))+"px"),[s,n,e]}function km(s){s.show&&[s.font,s.labelFont].forEach(n=>{let e=ke(n[2]*be,1);n[0]=n[0].replace(/[0-9.]+px/,e+"px"),n[1]=e})}function Fe(s,n,e){let t={mode:ge(s.mode,1)},i=t.mode;function r(l,d,h,f){let b=d.valToPct(l);return f+h*(d.dir==-1?1-b:b)}function o(l,d,h,f){let b=d.valToPct(l);return f+h*(d.dir==-1?b:1-b)}function a(l,d,h,f){return d.ori==0?r(l,d,h,f):o(l,d,h,f)}t.valToPosH=r,t.valToPosV=o;let c=!1;t.status=0;let u=t.root=Ut(zu);if(s.id!=null&&(u.id=s.id),Tt(u,s.class),s.title){let l=Ut(Lu,u);l.textContent=s.title}let p=Jt("canvas"),m=t.ctx=p.getContext("2d"),y=Ut(Du,u);en("click",y,l=>{l.target===k&&(Ae!=yn||Pe!=_n)&&st.click(t,l)},!0);let w=t.under=Ut(Iu,y);y.appendChild(p);let k=t.over=Ut(Hu,y);s=zn(s);let P=+ge(s.pxAlign,1),z=Kl(P);(s.plugins||[]).forEach(l=>{l.opts&&(s=l.opts(t,s)||s)});let T=s.ms||.001,$=t.series=i==1?Yl(s.series||[],Ol,Gl,!1):ym(s.series||[null],Vl),L=t.axes=Yl(s.axes||[],Hl,Ul,!0),C=t.scales={},K=t.bands=s.bands||[];K.forEach(l=>{l.fill=de(l.fill||null),l.dir=ge(l.dir,-1)});let F=i==2?$[1].facets[0].scale:$[0].scale,re={axes:Wd,series:Fd},B=(s.drawOrder||["axes","series"]).map(l=>re[l]);function ce(l){let d=l.distr==3?h=>ys(h>0?h:l.clamp(t,h,l.min,l.max,l.key)):l.distr==4?h=>so(h,l.asinh):l.distr==100?h=>l.fwd(h):h=>h;return h=>{let f=d(h),{_min:b,_max:_}=l,x=_-b;return(f-b)/x}}function X(l){let d=C[l];if(d==null){let h=(s.scales||ci)[l]||ci;if(h.from!=null){X(h.from);let f=je({},C[h.from],h,{key:l});f.valToPct=ce(f),C[l]=f}else{d=C[l]=je({},l==F?Sc:am,h),d.key=l;let f=d.time,b=d.range,_=zs(b);if((l!=F||i==2&&!f)&&(_&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Sl:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Sl:{mode:1,hard:b[1],soft:b[1]}},_=!1),!_&&Ki(b))){let x=b;b=(A,R,D)=>R==null?Rn:Ui(R,D,x)}d.range=de(b||(f?_m:l==F?d.distr==3?$m:d.distr==4?xm:Nc:d.distr==3?Lc:d.distr==4?Dc:wm)),d.auto=de(_?!1:d.auto),d.clamp=de(d.clamp||om),d._min=d._max=null,d.valToPct=ce(d)}}}X("x"),X("y"),i==1&&$.forEach(l=>{X(l.scale)}),L.forEach(l=>{X(l.scale)});for(let l in s.scales)X(l);let N=C[F],ne=N.distr,U,Z;N.ori==0?(Tt(u,Pu),U=r,Z=o):(Tt(u,Nu),U=o,Z=r);let W={};for(let l in C){let d=C[l];(d.min!=null||d.max!=null)&&(W[l]={min:d.min,max:d.max},d.min=d.max=null)}let ue=s.tzDate||(l=>new Date(We(l/T))),G=s.fmtDate||So,gt=T==1?Ph(ue):Dh(ue),Re=Ll(ue,Nl(T==1?zh:Lh,G)),pe=Il(ue,Dl(Hh,G)),we=[],oe=t.legend=je({},Uh,s.legend),j=t.cursor=je({},qh,{drag:{y:i==2}},s.cursor),Ve=oe.show,lt=j.show,ze=oe.markers;oe.idxs=we,ze.width=de(ze.width),ze.dash=de(ze.dash),ze.stroke=de(ze.stroke),ze.fill=de(ze.fill);let ye,Wt,$t,Ie=[],ns=[],fs,Pt=!1,$s={};if(oe.live){let l=$[1]?$[1].values:null;Pt=l!=null,fs=Pt?l(t,1,0):{_:0};for(let d in fs)$s[d]=bo}if(Ve)if(ye=Jt("table",Gu,u),$t=Jt("tbody",null,ye),oe.mount(t,ye),Pt){Wt=Jt("thead",null,ye,$t);let l=Jt("tr",null,Wt);Jt("th",null,l);for(var rn in fs)Jt("th",ul,l).textContent=rn}else Tt(ye,Ku),oe.live&&Tt(ye,Wu);let on={show:!0},Hn={show:!1};function fi(l,d){if(d==0&&(Pt||!oe.live||i==2))return Rn;let h=[],f=Jt("tr",qu,$t,$t.childNodes[d]);Tt(f,l.class),l.show||Tt(f,Bs);let b=Jt("th",null,f);if(ze.show){let A=Ut(Zu,b);if(d>0){let R=ze.width(t,d);R&&(A.style.border=R+"px "+ze.dash(t,d)+" "+ze.stroke(t,d)),A.style.background=ze.fill(t,d)}}let _=Ut(ul,b);l.label instanceof HTMLElement?_.appendChild(l.label):_.textContent=l.label,d>0&&(ze.show||(_.style.color=l.width>0?ze.stroke(t,d):ze.fill(t,d)),ct("click",b,A=>{if(j._lock)return;Us(A);let R=$.indexOf(l);if((A.ctrlKey||A.metaKey)!=oe.isolate){let D=$.some((I,O)=>O>0&&O!=R&&I.show);$.forEach((I,O)=>{O>0&&os(O,D?O==R?on:Hn:on,!0,Ue.setSeries)})}else os(R,{show:!l.show},!0,Ue.setSeries)},!1),dn&&ct(fl,b,A=>{j._lock||(Us(A),os($.indexOf(l),$n,!0,Ue.setSeries))},!1));for(var x in fs){let A=Jt("td",Yu,f);A.textContent="--",h.push(A)}return[f,h]}let Ds=new Map;function ct(l,d,h,f=!0){let b=Ds.get(d)||{},_=j.bind[l](t,d,h,f);_&&(en(l,d,b[l]=_),Ds.set(d,b))}function an(l,d,h){let f=Ds.get(d)||{};for(let b in f)(l==null||b==l)&&(co(b,d,f[b]),delete f[b]);l==null&&Ds.delete(d)}let gs=0,Is=0,te=0,H=0,Ee=0,Ge=0,ln=Ee,Hs=Ge,is=te,Os=H,xt=0,Nt=0,vt=0,Kt=0;t.bbox={};let dr=!1,gi=!1,cn=!1,Fs=!1,vi=!1,Lt=!1;function ur(l,d,h){(h||l!=t.width||d!=t.height)&&Ho(l,d),fn(!1),cn=!0,gi=!0,gn()}function Ho(l,d){t.width=gs=te=l,t.height=Is=H=d,Ee=Ge=0,Pd(),Nd();let h=t.bbox;xt=h.left=Qs(Ee*be,.5),Nt=h.top=Qs(Ge*be,.5),vt=h.width=Qs(te*be,.5),Kt=h.height=Qs(H*be,.5)}let Cd=3;function Rd(){let l=!1,d=0;for(;!l;){d++;let h=Vd(d),f=Gd(d);l=d==Cd||h&&f,l||(Ho(t.width,t.height),gi=!0)}}function zd({width:l,height:d}){ur(l,d)}t.setSize=zd;function Pd(){let l=!1,d=!1,h=!1,f=!1;L.forEach((b,_)=>{if(b.show&&b._show){let{side:x,_size:A}=b,R=x%2,D=b.label!=null?b.labelSize:0,I=A+D;I>0&&(R?(te-=I,x==3?(Ee+=I,f=!0):h=!0):(H-=I,x==0?(Ge+=I,l=!0):d=!0))}}),js[0]=l,js[1]=h,js[2]=d,js[3]=f,te-=xs[1]+xs[3],Ee+=xs[3],H-=xs[2]+xs[0],Ge+=xs[0]}function Nd(){let l=Ee+te,d=Ge+H,h=Ee,f=Ge;function b(_,x){switch(_){case 1:return l+=x,l-x;case 2:return d+=x,d-x;case 3:return h-=x,h+x;case 0:return f-=x,f+x}}L.forEach((_,x)=>{if(_.show&&_._show){let A=_.side;_._pos=b(A,_._size),_.label!=null&&(_._lpos=b(A,_.labelSize))}})}if(j.dataIdx==null){let l=j.hover,d=l.skip=new Set(l.skip??[]);d.add(void 0);let h=l.prox=de(l.prox),f=l.bias??=0;j.dataIdx=(b,_,x,A)=>{if(_==0)return x;let R=x,D=h(b,_,x,A)??Se,I=D>=0&&D<Se,O=N.ori==0?te:H,Y=j.left,ve=n[0],fe=n[_];if(d.has(fe[x])){R=null;let le=null,q=null,V;if(f==0||f==-1)for(V=x;le==null&&V-- >0;)d.has(fe[V])||(le=V);if(f==0||f==1)for(V=x;q==null&&V++<fe.length;)d.has(fe[V])||(q=V);if(le!=null||q!=null)if(I){let Me=le==null?-1/0:U(ve[le],N,O,0),He=q==null?1/0:U(ve[q],N,O,0),Be=Y-Me,$e=He-Y;Be<=$e?Be<=D&&(R=le):$e<=D&&(R=q)}else R=q==null?le:le==null?q:x-le<=q-x?le:q}else I&&Ke(Y-U(ve[x],N,O,0))>D&&(R=null);return R}}let Us=l=>{j.event=l};j.idxs=we,j._lock=!1;let ot=j.points;ot.show=de(ot.show),ot.size=de(ot.size),ot.stroke=de(ot.stroke),ot.width=de(ot.width),ot.fill=de(ot.fill);let rs=t.focus=je({},s.focus||{alpha:.3},j.focus),dn=rs.prox>=0,un=dn&&ot.one,Dt=[],hn=[],mn=[];function Oo(l,d){let h=ot.show(t,d);if(h instanceof HTMLElement)return Tt(h,Vu),Tt(h,l.class),hs(h,-10,-10,te,H),k.insertBefore(h,Dt[d]),h}function Fo(l,d){if(i==1||d>0){let h=i==1&&C[l.scale].time,f=l.value;l.value=h?Cl(f)?Il(ue,Dl(f,G)):f||pe:f||nm,l.label=l.label||(h?Yh:Zh)}if(un||d>0){l.width=l.width==null?1:l.width,l.paths=l.paths||vm||ah,l.fillTo=de(l.fillTo||lm),l.pxAlign=+ge(l.pxAlign,P),l.pxRound=Kl(l.pxAlign),l.stroke=de(l.stroke||null),l.fill=de(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let h=im(mt(1,l.width),1),f=l.points=je({},{size:h,width:mt(1,h*.2),stroke:l.stroke,space:h*2,paths:bm,_stroke:null,_fill:null},l.points);f.show=de(f.show),f.filter=de(f.filter),f.fill=de(f.fill),f.stroke=de(f.stroke),f.paths=de(f.paths),f.pxAlign=l.pxAlign}if(Ve){let h=fi(l,d);Ie.splice(d,0,h[0]),ns.splice(d,0,h[1]),oe.values.push(null)}if(lt){we.splice(d,0,null);let h=null;un?d==0&&(h=Oo(l,d)):d>0&&(h=Oo(l,d)),Dt.splice(d,0,h),hn.splice(d,0,0),mn.splice(d,0,0)}Xe("addSeries",d)}function Ld(l,d){d=d??$.length,l=i==1?go(l,d,Ol,Gl):go(l,d,{},Vl),$.splice(d,0,l),Fo($[d],d)}t.addSeries=Ld;function Dd(l){if($.splice(l,1),Ve){oe.values.splice(l,1),ns.splice(l,1);let d=Ie.splice(l,1)[0];an(null,d.firstChild),d.remove()}lt&&(we.splice(l,1),Dt.splice(l,1)[0].remove(),hn.splice(l,1),mn.splice(l,1)),Xe("delSeries",l)}t.delSeries=Dd;let js=[!1,!1,!1,!1];function Id(l,d){if(l._show=l.show,l.show){let h=l.side%2,f=C[l.scale];f==null&&(l.scale=h?$[1].scale:F,f=C[l.scale]);let b=f.time;l.size=de(l.size),l.space=de(l.space),l.rotate=de(l.rotate),zs(l.incrs)&&l.incrs.forEach(x=>{!Ps.has(x)&&Ps.set(x,rc(x))}),l.incrs=de(l.incrs||(f.distr==2?Mh:b?T==1?Rh:Nh:Xs)),l.splits=de(l.splits||(b&&f.distr==1?gt:f.distr==3?ho:f.distr==4?Xh:Qh)),l.stroke=de(l.stroke),l.grid.stroke=de(l.grid.stroke),l.ticks.stroke=de(l.ticks.stroke),l.border.stroke=de(l.border.stroke);let _=l.values;l.values=zs(_)&&!zs(_[0])?de(_):b?zs(_)?Ll(ue,Nl(_,G)):Cl(_)?Ih(ue,_):_||Re:_||Jh,l.filter=de(l.filter||(f.distr>=3&&f.log==10?tm:f.distr==3&&f.log==2?sm:nc)),l.font=Jl(l.font),l.labelFont=Jl(l.labelFont),l._size=l.size(t,null,d,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(js[d]=!0,l._el=Ut(Ou,y))}}function On(l,d,h,f){let[b,_,x,A]=h,R=d%2,D=0;return R==0&&(A||_)&&(D=d==0&&!b||d==2&&!x?We(Hl.size/3):0),R==1&&(b||x)&&(D=d==1&&!_||d==3&&!A?We(Ul.size/2):0),D}let Uo=t.padding=(s.padding||[On,On,On,On]).map(l=>de(ge(l,On))),xs=t._padding=Uo.map((l,d)=>l(t,d,js,0)),tt,Ze=null,Ye=null,bi=i==1?$[0].idxs:null,qt=null,Fn=!1;function jo(l,d){if(n=l??[],t.data=t._data=n,i==2){tt=0;for(let h=1;h<$.length;h++)tt+=n[h][0].length}else{n.length==0&&(t.data=t._data=n=[[]]),qt=n[0],tt=qt.length;let h=n;if(ne==2){h=n.slice();let f=h[0]=Array(tt);for(let b=0;b<tt;b++)f[b]=b}t._data=n=h}if(fn(!0),Xe("setData"),ne==2&&(cn=!0),d!==!1){let h=N;h.auto(t,Fn)?hr():ks(F,h.min,h.max),Fs=Fs||j.left>=0,Lt=!0,gn()}}t.setData=jo;function hr(){Fn=!0;let l,d;i==1&&(tt>0?(Ze=bi[0]=0,Ye=bi[1]=tt-1,l=n[0][Ze],d=n[0][Ye],ne==2?(l=Ze,d=Ye):l==d&&(ne==3?[l,d]=Gi(l,l,N.log,!1):ne==4?[l,d]=_o(l,l,N.log,!1):N.time?d=l+We(86400/T):[l,d]=Ui(l,d,wo,!0))):(Ze=bi[0]=l=null,Ye=bi[1]=d=null)),ks(F,l,d)}let yi,pn,mr,pr,fr,gr,vr,br,yr,bt;function Vo(l,d,h,f,b,_){l??=ml,h??=xo,f??="butt",b??=ml,_??="round",l!=yi&&(m.strokeStyle=yi=l),b!=pn&&(m.fillStyle=pn=b),d!=mr&&(m.lineWidth=mr=d),_!=fr&&(m.lineJoin=fr=_),f!=gr&&(m.lineCap=gr=f),h!=pr&&m.setLineDash(pr=h)}function Go(l,d,h,f){d!=pn&&(m.fillStyle=pn=d),l!=vr&&(m.font=vr=l),h!=br&&(m.textAlign=br=h),f!=yr&&(m.textBaseline=yr=f)}function _r(l,d,h,f,b=0){if(f.length>0&&l.auto(t,Fn)&&(d==null||d.min==null)){let _=ge(Ze,0),x=ge(Ye,f.length-1),A=h.min==null?th(f,_,x,b,l.distr==3):[h.min,h.max];l.min=Xt(l.min,h.min=A[0]),l.max=mt(l.max,h.max=A[1])}}let Wo={min:null,max:null};function Hd(){for(let f in C){let b=C[f];W[f]==null&&(b.min==null||W[F]!=null&&b.auto(t,Fn))&&(W[f]=Wo)}for(let f in C){let b=C[f];W[f]==null&&b.from!=null&&W[b.from]!=null&&(W[f]=Wo)}W[F]!=null&&fn(!0);let l={};for(let f in W){let b=W[f];if(b!=null){let _=l[f]=zn(C[f],dh);if(b.min!=null)je(_,b);else if(f!=F||i==2)if(tt==0&&_.from==null){let x=_.range(t,null,null,f);_.min=x[0],_.max=x[1]}else _.min=Se,_.max=-Se}}if(tt>0){$.forEach((f,b)=>{if(i==1){let _=f.scale,x=W[_];if(x==null)return;let A=l[_];if(b==0){let R=A.range(t,A.min,A.max,_);A.min=R[0],A.max=R[1],Ze=Qt(A.min,n[0]),Ye=Qt(A.max,n[0]),Ye-Ze>1&&(n[0][Ze]<A.min&&Ze++,n[0][Ye]>A.max&&Ye--),f.min=qt[Ze],f.max=qt[Ye]}else f.show&&f.auto&&_r(A,x,f,n[b],f.sorted);f.idxs[0]=Ze,f.idxs[1]=Ye}else if(b>0&&f.show&&f.auto){let[_,x]=f.facets,A=_.scale,R=x.scale,[D,I]=n[b],O=l[A],Y=l[R];O!=null&&_r(O,W[A],_,D,_.sorted),Y!=null&&_r(Y,W[R],x,I,x.sorted),f.min=x.min,f.max=x.max}});for(let f in l){let b=l[f],_=W[f];if(b.from==null&&(_==null||_.min==null)){let x=b.range(t,b.min==Se?null:b.min,b.max==-Se?null:b.max,f);b.min=x[0],b.max=x[1]}}}for(let f in l){let b=l[f];if(b.from!=null){let _=l[b.from];if(_.min==null)b.min=b.max=null;else{let x=b.range(t,_.min,_.max,f);b.min=x[0],b.max=x[1]}}}let d={},h=!1;for(let f in l){let b=l[f],_=C[f];if(_.min!=b.min||_.max!=b.max){_.min=b.min,_.max=b.max;let x=_.distr;_._min=x==3?ys(_.min):x==4?so(_.min,_.asinh):x==100?_.fwd(_.min):_.min,_._max=x==3?ys(_.max):x==4?so(_.max,_.asinh):x==100?_.fwd(_.max):_.max,d[f]=h=!0}}if(h){$.forEach((f,b)=>{i==2?b>0&&d.y&&(f._paths=null):d[f.scale]&&(f._paths=null)});for(let f in d)cn=!0,Xe("setScale",f);lt&&j.left>=0&&(Fs=Lt=!0)}for(let f in W)W[f]=null}function Od(l){let d=uo(Ze-1,0,tt-1),h=uo(Ye+1,0,tt-1);for(;l[d]==null&&d>0;)d--;for(;l[h]==null&&h<tt-1;)h++;return[d,h]}function Fd(){if(tt>0){let l=$.some(d=>d._focus)&&bt!=rs.alpha;l&&(m.globalAlpha=bt=rs.alpha),$.forEach((d,h)=>{if(h>0&&d.show&&(Ko(h,!1),Ko(h,!0),d._paths==null)){let f=bt;bt!=d.alpha&&(m.globalAlpha=bt=d.alpha);let b=i==2?[0,n[h][0].length-1]:Od(n[h]);d._paths=d.paths(t,h,b[0],b[1]),bt!=f&&(m.globalAlpha=bt=f)}}),$.forEach((d,h)=>{if(h>0&&d.show){let f=bt;bt!=d.alpha&&(m.globalAlpha=bt=d.alpha),d._paths!=null&&qo(h,!1);{let b=d._paths!=null?d._paths.gaps:null,_=d.points.show(t,h,Ze,Ye,b),x=d.points.filter(t,h,_,b);(_||x)&&(d.points._paths=d.points.paths(t,h,Ze,Ye,x),qo(h,!0))}bt!=f&&(m.globalAlpha=bt=f),Xe("drawSeries",h)}}),l&&(m.globalAlpha=bt=1)}}function Ko(l,d){let h=d?$[l].points:$[l];h._stroke=h.stroke(t,l),h._fill=h.fill(t,l)}function qo(l,d){let h=d?$[l].points:$[l],{stroke:f,fill:b,clip:_,flags:x,_stroke:A=h._stroke,_fill:R=h._fill,_width:D=h.width}=h._paths;D=ke(D*be,3);let I=null,O=D%2/2;d&&R==null&&(R=D>0?"#fff":A);let Y=h.pxAlign==1&&O>0;if(Y&&m.translate(O,O),!d){let ve=xt-D/2,fe=Nt-D/2,le=vt+D,q=Kt+D;I=new Path2D,I.rect(ve,fe,le,q)}d?wr(A,D,h.dash,h.cap,R,f,b,x,_):Ud(l,A,D,h.dash,h.cap,R,f,b,x,I,_),Y&&m.translate(-O,-O)}function Ud(l,d,h,f,b,_,x,A,R,D,I){let O=!1;R!=0&&K.forEach((Y,ve)=>{if(Y.series[0]==l){let fe=$[Y.series[1]],le=n[Y.series[1]],q=(fe._paths||ci).band;zs(q)&&(q=Y.dir==1?q[0]:q[1]);let V,Me=null;fe.show&&q&&nh(le,Ze,Ye)?(Me=Y.fill(t,ve)||_,V=fe._paths.clip):q=null,wr(d,h,f,b,Me,x,A,R,D,I,V,q),O=!0}}),O||wr(d,h,f,b,_,x,A,R,D,I)}let Zo=Pn|po;function wr(l,d,h,f,b,_,x,A,R,D,I,O){Vo(l,d,h,f,b),(R||D||O)&&(m.save(),R&&m.clip(R),D&&m.clip(D)),O?(A&Zo)==Zo?(m.clip(O),I&&m.clip(I),wi(b,x),_i(l,_,d)):A&po?(wi(b,x),m.clip(O),_i(l,_,d)):A&Pn&&(m.save(),m.clip(O),I&&m.clip(I),wi(b,x),m.restore(),_i(l,_,d)):(wi(b,x),_i(l,_,d)),(R||D||O)&&m.restore()}function _i(l,d,h){h>0&&(d instanceof Map?d.forEach((f,b)=>{m.strokeStyle=yi=b,m.stroke(f)}):d!=null&&l&&m.stroke(d))}function wi(l,d){d instanceof Map?d.forEach((h,f)=>{m.fillStyle=pn=f,m.fill(h)}):d!=null&&l&&m.fill(d)}function jd(l,d,h,f){let b=L[l],_;if(f<=0)_=[0,0];else{let x=b._space=b.space(t,l,d,h,f),A=b._incrs=b.incrs(t,l,d,h,f,x);_=Sm(d,h,A,f,x)}return b._found=_}function $r(l,d,h,f,b,_,x,A,R,D){let I=x%2/2;P==1&&m.translate(I,I),Vo(A,x,R,D,A),m.beginPath();let O,Y,ve,fe,le=b+(f==0||f==3?-_:_);h==0?(Y=b,fe=le):(O=b,ve=le);for(let q=0;q<l.length;q++)d[q]!=null&&(h==0?O=ve=l[q]:Y=fe=l[q],m.moveTo(O,Y),m.lineTo(ve,fe));m.stroke(),P==1&&m.translate(-I,-I)}function Vd(l){let d=!0;return L.forEach((h,f)=>{if(!h.show)return;let b=C[h.scale];if(b.min==null){h._show&&(d=!1,h._show=!1,fn(!1));return}else h._show||(d=!1,h._show=!0,fn(!1));let _=h.side,x=_%2,{min:A,max:R}=b,[D,I]=jd(f,A,R,x==0?te:H);if(I==0)return;let O=b.distr==2,Y=h._splits=h.splits(t,f,A,R,D,I,O),ve=b.distr==2?Y.map(V=>qt[V]):Y,fe=b.distr==2?qt[Y[1]]-qt[Y[0]]:D,le=h._values=h.values(t,h.filter(t,ve,f,I,fe),f,I,fe);h._rotate=_==2?h.rotate(t,le,f,I):0;let q=h._size;h._size=jt(h.size(t,le,f,l)),q!=null&&h._size!=q&&(d=!1)}),d}function Gd(l){let d=!0;return Uo.forEach((h,f)=>{let b=h(t,f,js,l);b!=xs[f]&&(d=!1),xs[f]=b}),d}function Wd(){for(let l=0;l<L.length;l++){let d=L[l];if(!d.show||!d._show)continue;let h=d.side,f=h%2,b,_,x=d.stroke(t,l),A=h==0||h==3?-1:1,[R,D]=d._found;if(d.label!=null){let ut=d.labelGap*A,Et=We((d._lpos+ut)*be);Go(d.labelFont[0],x,"center",h==2?"top":hl),m.save(),f==1?(b=_=0,m.translate(Et,We(Nt+Kt/2)),m.rotate((h==3?-Oi:Oi)/2)):(b=We(xt+vt/2),_=Et);let Ws=tc(d.label)?d.label(t,l,R,D):d.label;m.fillText(Ws,b,_),m.restore()}if(D==0)continue;let I=C[d.scale],O=f==0?vt:Kt,Y=f==0?xt:Nt,ve=d._splits,fe=I.distr==2?ve.map(ut=>qt[ut]):ve,le=I.distr==2?qt[ve[1]]-qt[ve[0]]:R,q=d.ticks,V=d.border,Me=q.show?q.size:0,He=We(Me*be),Be=We((d.alignTo==2?d._size-Me-d.gap:d.gap)*be),$e=d._rotate*-Oi/180,Oe=z(d._pos*be),St=(He+Be)*A,dt=Oe+St;_=f==0?dt:0,b=f==1?dt:0;let It=d.font[0],Zt=d.align==1?An:d.align==2?Br:$e>0?An:$e<0?Br:f==0?"center":h==3?Br:An,ls=$e||f==1?"middle":h==2?"top":hl;Go(It,x,Zt,ls);let kt=d.font[1]*d.lineGap,Ht=ve.map(ut=>z(a(ut,I,O,Y))),Yt=d._values;for(let ut=0;ut<Yt.length;ut++){let Et=Yt[ut];if(Et!=null){f==0?b=Ht[ut]:_=Ht[ut],Et=""+Et;let Ws=Et.indexOf(`
`)==-1?[Et]:Et.split(/\n/gm);for(let ht=0;ht<Ws.length;ht++){let ma=Ws[ht];$e?(m.save(),m.translate(b,_+ht*kt),m.rotate($e),m.fillText(ma,0,0),m.restore()):m.fillText(ma,b,_+ht*kt)}}}q.show&&$r(Ht,q.filter(t,fe,l,D,le),f,h,Oe,He,ke(q.width*be,3),q.stroke(t,l),q.dash,q.cap);let cs=d.grid;cs.show&&$r(Ht,cs.filter(t,fe,l,D,le),f,f==0?2:1,f==0?Nt:xt,f==0?Kt:vt,ke(cs.width*be,3),cs.stroke(t,l),cs.dash,cs.cap),V.show&&$r([Oe],[1],f==0?1:0,f==0?1:2,f==1?Nt:xt,f==1?Kt:vt,ke(V.width*be,3),V.stroke(t,l),V.dash,V.cap)}Xe("drawAxes")}function fn(l){$.forEach((d,h)=>{h>0&&(d._paths=null,l&&(i==1?(d.min=null,d.max=null):d.facets.forEach(f=>{f.min=null,f.max=null})))})}let $i=!1,xr=!1,Un=[];function Kd(){xr=!1;for(let l=0;l<Un.length;l++)Xe(...Un[l]);Un.length=0}function gn(){$i||(vh(Yo),$i=!0)}function qd(l,d=!1){$i=!0,xr=d,l(t),Yo(),d&&Un.length>0&&queueMicrotask(Kd)}t.batch=qd;function Yo(){if(dr&&(Hd(),dr=!1),cn&&(Rd(),cn=!1),gi){if(Ce(w,An,Ee),Ce(w,"top",Ge),Ce(w,ri,te),Ce(w,oi,H),Ce(k,An,Ee),Ce(k,"top",Ge),Ce(k,ri,te),Ce(k,oi,H),Ce(y,ri,gs),Ce(y,oi,Is),p.width=We(gs*be),p.height=We(Is*be),L.forEach(({_el:l,_show:d,_size:h,_pos:f,side:b})=>{if(l!=null)if(d){let _=b===3||b===0?h:0,x=b%2==1;Ce(l,x?"left":"top",f-_),Ce(l,x?"width":"height",h),Ce(l,x?"top":"left",x?Ge:Ee),Ce(l,x?"height":"width",x?H:te),lo(l,Bs)}else Tt(l,Bs)}),yi=pn=mr=fr=gr=vr=br=yr=pr=null,bt=1,Gn(!0),Ee!=ln||Ge!=Hs||te!=is||H!=Os){fn(!1);let l=te/is,d=H/Os;if(lt&&!Fs&&j.left>=0){j.left*=l,j.top*=d,vn&&hs(vn,We(j.left),0,te,H),bn&&hs(bn,0,We(j.top),te,H);for(let h=0;h<Dt.length;h++){let f=Dt[h];f!=null&&(hn[h]*=l,mn[h]*=d,hs(f,jt(hn[h]),jt(mn[h]),te,H))}}if(Te.show&&!vi&&Te.left>=0&&Te.width>0){Te.left*=l,Te.width*=l,Te.top*=d,Te.height*=d;for(let h in Mr)Ce(wn,h,Te[h])}ln=Ee,Hs=Ge,is=te,Os=H}Xe("setSize"),gi=!1}gs>0&&Is>0&&(m.clearRect(0,0,p.width,p.height),Xe("drawClear"),B.forEach(l=>l()),Xe("draw")),Te.show&&vi&&(xi(Te),vi=!1),lt&&Fs&&(Gs(null,!0,!1),Fs=!1),oe.show&&oe.live&&Lt&&(Ar(),Lt=!1),c||(c=!0,t.status=1,Xe("ready")),Fn=!1,$i=!1}t.redraw=(l,d)=>{cn=d||!1,l!==!1?ks(F,N.min,N.max):gn()};function Sr(l,d){let h=C[l];if(h.from==null){if(tt==0){let f=h.range(t,d.min,d.max,l);d.min=f[0],d.max=f[1]}if(d.min>d.max){let f=d.min;d.min=d.max,d.max=f}if(tt>1&&d.min!=null&&d.max!=null&&d.max-d.min<1e-16)return;l==F&&h.distr==2&&tt>0&&(d.min=Qt(d.min,n[0]),d.max=Qt(d.max,n[0]),d.min==d.max&&d.max++),W[l]=d,dr=!0,gn()}}t.setScale=Sr;let kr,Er,vn,bn,Jo,Qo,yn,_n,Xo,Bo,Ae,Pe,Ss=!1,st=j.drag,Je=st.x,Qe=st.y;lt&&(j.x&&(kr=Ut(Uu,k)),j.y&&(Er=Ut(ju,k)),N.ori==0?(vn=kr,bn=Er):(vn=Er,bn=kr),Ae=j.left,Pe=j.top);let Te=t.select=je({show:!0,over:!0,left:0,width:0,top:0,height:0},s.select),wn=Te.show?Ut(Fu,Te.over?k:w):null;function xi(l,d){if(Te.show){for(let h in l)Te[h]=l[h],h in Mr&&Ce(wn,h,l[h]);d!==!1&&Xe("setSelect")}}t.setSelect=xi;function Zd(l){if($[l].show)Ve&&lo(Ie[l],Bs);else if(Ve&&Tt(Ie[l],Bs),lt){let h=un?Dt[0]:Dt[l];h!=null&&hs(h,-10,-10,te,H)}}function ks(l,d,h){Sr(l,{min:d,max:h})}function os(l,d,h,f){d.focus!=null&&Bd(l),d.show!=null&&$.forEach((b,_)=>{_>0&&(l==_||l==null)&&(b.show=d.show,Zd(_),i==2?(ks(b.facets[0].scale,null,null),ks(b.facets[1].scale,null,null)):ks(b.scale,null,null),gn())}),h!==!1&&Xe("setSeries",l,d),f&&Wn("setSeries",t,l,d)}t.setSeries=os;function Yd(l,d){je(K[l],d)}function Jd(l,d){l.fill=de(l.fill||null),l.dir=ge(l.dir,-1),d=d??K.length,K.splice(d,0,l)}function Qd(l){l==null?K.length=0:K.splice(l,1)}t.addBand=Jd,t.setBand=Yd,t.delBand=Qd;function Xd(l,d){$[l].alpha=d,lt&&Dt[l]!=null&&(Dt[l].style.opacity=d),Ve&&Ie[l]&&(Ie[l].style.opacity=d)}let vs,Es,Vs,$n={focus:!0};function Bd(l){if(l!=Vs){let d=l==null,h=rs.alpha!=1;$.forEach((f,b)=>{if(i==1||b>0){let _=d||b==0||b==l;f._focus=d?null:_,h&&Xd(b,_?1:rs.alpha)}}),Vs=l,h&&gn()}}Ve&&dn&&ct(gl,ye,l=>{j._lock||(Us(l),Vs!=null&&os(null,$n,!0,Ue.setSeries))});function as(l,d,h){let f=C[d];h&&(l=l/be-(f.ori==1?Ge:Ee));let b=te;f.ori==1&&(b=H,l=b-l),f.dir==-1&&(l=b-l);let _=f._min,x=f._max,A=l/b,R=_+(x-_)*A,D=f.distr;return D==3?Cn(10,R):D==4?rh(R,f.asinh):D==100?f.bwd(R):R}function eu(l,d){let h=as(l,F,d);return Qt(h,n[0],Ze,Ye)}t.valToIdx=l=>Qt(l,n[0]),t.posToIdx=eu,t.posToVal=as,t.valToPos=(l,d,h)=>C[d].ori==0?r(l,C[d],h?vt:te,h?xt:0):o(l,C[d],h?Kt:H,h?Nt:0),t.setCursor=(l,d,h)=>{Ae=l.left,Pe=l.top,Gs(null,d,h)};function ea(l,d){Ce(wn,An,Te.left=l),Ce(wn,ri,Te.width=d)}function ta(l,d){Ce(wn,"top",Te.top=l),Ce(wn,oi,Te.height=d)}let jn=N.ori==0?ea:ta,Vn=N.ori==1?ea:ta;function tu(){if(Ve&&oe.live)for(let l=i==2?1:0;l<$.length;l++){if(l==0&&Pt)continue;let d=oe.values[l],h=0;for(let f in d)ns[l][h++].firstChild.nodeValue=d[f]}}function Ar(l,d){if(l!=null&&(l.idxs?l.idxs.forEach((h,f)=>{we[f]=h}):ch(l.idx)||we.fill(l.idx),oe.idx=we[0]),Ve&&oe.live){for(let h=0;h<$.length;h++)(h>0||i==1&&!Pt)&&su(h,we[h]);tu()}Lt=!1,d!==!1&&Xe("setLegend")}t.setLegend=Ar;function su(l,d){let h=$[l],f=l==0&&ne==2?qt:n[l],b;Pt?b=h.values(t,l,d)??$s:(b=h.value(t,d==null?null:f[d],l,d),b=b==null?$s:{_:b}),oe.values[l]=b}function Gs(l,d,h){Xo=Ae,Bo=Pe,[Ae,Pe]=j.move(t,Ae,Pe),j.left=Ae,j.top=Pe,lt&&(vn&&hs(vn,We(Ae),0,te,H),bn&&hs(bn,0,We(Pe),te,H));let f,b=Ze>Ye;vs=Se,Es=null;let _=N.ori==0?te:H,x=N.ori==1?te:H;if(Ae<0||tt==0||b){f=j.idx=null;for(let A=0;A<$.length;A++){let R=Dt[A];R!=null&&hs(R,-10,-10,te,H)}dn&&os(null,$n,!0,l==null&&Ue.setSeries),oe.live&&(we.fill(f),Lt=!0)}else{let A,R,D;i==1&&(A=N.ori==0?Ae:Pe,R=as(A,F),f=j.idx=Qt(R,n[0],Ze,Ye),D=U(n[0][f],N,_,0));let I=-10,O=-10,Y=0,ve=0,fe=!0,le="",q="";for(let V=i==2?1:0;V<$.length;V++){let Me=$[V],He=we[V],Be=He==null?null:i==1?n[V][He]:n[V][1][He],$e=j.dataIdx(t,V,f,R),Oe=$e==null?null:i==1?n[V][$e]:n[V][1][$e];if(Lt=Lt||Oe!=Be||$e!=He,we[V]=$e,V>0&&Me.show){let St=$e==null?-10:$e==f?D:U(i==1?n[0][$e]:n[V][0][$e],N,_,0),dt=Oe==null?-10:Z(Oe,i==1?C[Me.scale]:C[Me.facets[1].scale],x,0);if(dn&&Oe!=null){let It=N.ori==1?Ae:Pe,Zt=Ke(rs.dist(t,V,$e,dt,It));if(Zt<vs){let ls=rs.bias;if(ls!=0){let kt=as(It,Me.scale),Ht=Oe>=0?1:-1,Yt=kt>=0?1:-1;Yt==Ht&&(Yt==1?ls==1?Oe>=kt:Oe<=kt:ls==1?Oe<=kt:Oe>=kt)&&(vs=Zt,Es=V)}else vs=Zt,Es=V}}if(Lt||un){let It,Zt;N.ori==0?(It=St,Zt=dt):(It=dt,Zt=St);let ls,kt,Ht,Yt,cs,ut,Et=!0,Ws=ot.bbox;if(Ws!=null){Et=!1;let ht=Ws(t,V);Ht=ht.left,Yt=ht.top,ls=ht.width,kt=ht.height}else Ht=It,Yt=Zt,ls=kt=ot.size(t,V);if(ut=ot.fill(t,V),cs=ot.stroke(t,V),un)V==Es&&vs<=rs.prox&&(I=Ht,O=Yt,Y=ls,ve=kt,fe=Et,le=ut,q=cs);else{let ht=Dt[V];ht!=null&&(hn[V]=Ht,mn[V]=Yt,xl(ht,ls,kt,Et),wl(ht,ut,cs),hs(ht,jt(Ht),jt(Yt),te,H))}}}}if(un){let V=rs.prox,Me=Vs==null?vs<=V:vs>V||Es!=Vs;if(Lt||Me){let He=Dt[0];He!=null&&(hn[0]=I,mn[0]=O,xl(He,Y,ve,fe),wl(He,le,q),hs(He,jt(I),jt(O),te,H))}}}if(Te.show&&Ss)if(l!=null){let[A,R]=Ue.scales,[D,I]=Ue.match,[O,Y]=l.cursor.sync.scales,ve=l.cursor.drag;if(Je=ve._x,Qe=ve._y,Je||Qe){let{left:fe,top:le,width:q,height:V}=l.select,Me=l.scales[O].ori,He=l.posToVal,Be,$e,Oe,St,dt,It=A!=null&&D(A,O),Zt=R!=null&&I(R,Y);It&&Je?(Me==0?(Be=fe,$e=q):(Be=le,$e=V),Oe=C[A],St=U(He(Be,O),Oe,_,0),dt=U(He(Be+$e,O),Oe,_,0),jn(Xt(St,dt),Ke(dt-St))):jn(0,_),Zt&&Qe?(Me==1?(Be=fe,$e=q):(Be=le,$e=V),Oe=C[R],St=Z(He(Be,Y),Oe,x,0),dt=Z(He(Be+$e,Y),Oe,x,0),Vn(Xt(St,dt),Ke(dt-St))):Vn(0,x)}else Cr()}else{let A=Ke(Xo-Jo),R=Ke(Bo-Qo);if(N.ori==1){let Y=A;A=R,R=Y}Je=st.x&&A>=st.dist,Qe=st.y&&R>=st.dist;let D=st.uni;D!=null?Je&&Qe&&(Je=A>=D,Qe=R>=D,!Je&&!Qe&&(R>A?Qe=!0:Je=!0)):st.x&&st.y&&(Je||Qe)&&(Je=Qe=!0);let I,O;Je&&(N.ori==0?(I=yn,O=Ae):(I=_n,O=Pe),jn(Xt(I,O),Ke(O-I)),Qe||Vn(0,x)),Qe&&(N.ori==1?(I=yn,O=Ae):(I=_n,O=Pe),Vn(Xt(I,O),Ke(O-I)),Je||jn(0,_)),!Je&&!Qe&&(jn(0,0),Vn(0,0))}if(st._x=Je,st._y=Qe,l==null){if(h){if(ha!=null){let[A,R]=Ue.scales;Ue.values[0]=A!=null?as(N.ori==0?Ae:Pe,A):null,Ue.values[1]=R!=null?as(N.ori==1?Ae:Pe,R):null}Wn(eo,t,Ae,Pe,te,H,f)}if(dn){let A=h&&Ue.setSeries,R=rs.prox;Vs==null?vs<=R&&os(Es,$n,!0,A):vs>R?os(null,$n,!0,A):Es!=Vs&&os(Es,$n,!0,A)}}Lt&&(oe.idx=f,Ar()),d!==!1&&Xe("setCursor")}let As=null;Object.defineProperty(t,"rect",{get(){return As==null&&Gn(!1),As}});function Gn(l=!1){l?As=null:(As=k.getBoundingClientRect(),Xe("syncRect",As))}function sa(l,d,h,f,b,_,x){j._lock||Ss&&l!=null&&l.movementX==0&&l.movementY==0||(Tr(l,d,h,f,b,_,x,!1,l!=null),l!=null?Gs(null,!0,!0):Gs(d,!0,!1))}function Tr(l,d,h,f,b,_,x,A,R){if(As==null&&Gn(!1),Us(l),l!=null)h=l.clientX-As.left,f=l.clientY-As.top;else{if(h<0||f<0){Ae=-10,Pe=-10;return}let[D,I]=Ue.scales,O=d.cursor.sync,[Y,ve]=O.values,[fe,le]=O.scales,[q,V]=Ue.match,Me=d.axes[0].side%2==1,He=N.ori==0?te:H,Be=N.ori==1?te:H,$e=Me?_:b,Oe=Me?b:_,St=Me?f:h,dt=Me?h:f;if(fe!=null?h=q(D,fe)?a(Y,C[D],He,0):-10:h=He*(St/$e),le!=null?f=V(I,le)?a(ve,C[I],Be,0):-10:f=Be*(dt/Oe),N.ori==1){let It=h;h=f,f=It}}R&&(d==null||d.cursor.event.type==eo)&&((h<=1||h>=te-1)&&(h=Qs(h,te)),(f<=1||f>=H-1)&&(f=Qs(f,H))),A?(Jo=h,Qo=f,[yn,_n]=j.move(t,h,f)):(Ae=h,Pe=f)}let Mr={width:0,height:0,left:0,top:0};function Cr(){xi(Mr,!1)}let na,ia,ra,oa;function aa(l,d,h,f,b,_,x){Ss=!0,Je=Qe=st._x=st._y=!1,Tr(l,d,h,f,b,_,x,!0,!1),l!=null&&(ct(to,oo,la,!1),Wn(pl,t,yn,_n,te,H,null));let{left:A,top:R,width:D,height:I}=Te;na=A,ia=R,ra=D,oa=I}function la(l,d,h,f,b,_,x){Ss=st._x=st._y=!1,Tr(l,d,h,f,b,_,x,!1,!0);let{left:A,top:R,width:D,height:I}=Te,O=D>0||I>0,Y=na!=A||ia!=R||ra!=D||oa!=I;if(O&&Y&&xi(Te),st.setScale&&O&&Y){let ve=A,fe=D,le=R,q=I;if(N.ori==1&&(ve=R,fe=I,le=A,q=D),Je&&ks(F,as(ve,F),as(ve+fe,F)),Qe)for(let V in C){let Me=C[V];V!=F&&Me.from==null&&Me.min!=Se&&ks(V,as(le+q,V),as(le,V))}Cr()}else j.lock&&(j._lock=!j._lock,Gs(d,!0,l!=null));l!=null&&(an(to,oo),Wn(to,t,Ae,Pe,te,H,null))}function nu(l,d,h,f,b,_,x){if(j._lock)return;Us(l);let A=Ss;if(Ss){let R=!0,D=!0,I=10,O,Y;N.ori==0?(O=Je,Y=Qe):(O=Qe,Y=Je),O&&Y&&(R=Ae<=I||Ae>=te-I,D=Pe<=I||Pe>=H-I),O&&R&&(Ae=Ae<yn?0:te),Y&&D&&(Pe=Pe<_n?0:H),Gs(null,!0,!0),Ss=!1}Ae=-10,Pe=-10,we.fill(null),Gs(null,!0,!0),A&&(Ss=A)}function ca(l,d,h,f,b,_,x){j._lock||(Us(l),hr(),Cr(),l!=null&&Wn(vl,t,Ae,Pe,te,H,null))}function da(){L.forEach(km),ur(t.width,t.height,!0)}en(Fi,Mn,da);let xn={};xn.mousedown=aa,xn.mousemove=sa,xn.mouseup=la,xn.dblclick=ca,xn.setSeries=(l,d,h,f)=>{let b=Ue.match[2];h=b(t,d,h),h!=-1&&os(h,f,!0,!1)},lt&&(ct(pl,k,aa),ct(eo,k,sa),ct(fl,k,l=>{Us(l),Gn(!1)}),ct(gl,k,nu),ct(vl,k,ca),fo.add(t),t.syncRect=Gn);let Si=t.hooks=s.hooks||{};function Xe(l,d,h){xr?Un.push([l,d,h]):l in Si&&Si[l].forEach(f=>{f.call(null,t,d,h)})}(s.plugins||[]).forEach(l=>{for(let d in l.hooks)Si[d]=(Si[d]||[]).concat(l.hooks[d])});let ua=(l,d,h)=>h,Ue=je({key:null,setSeries:!1,filters:{pub:Tl,sub:Tl},scales:[F,$[1]?$[1].scale:null],match:[Ml,Ml,ua],values:[null,null]},j.sync);Ue.match.length==2&&Ue.match.push(ua),j.sync=Ue;let ha=Ue.key,Rr=kc(ha);function Wn(l,d,h,f,b,_,x){Ue.filters.pub(l,d,h,f,b,_,x)&&Rr.pub(l,d,h,f,b,_,x)}Rr.sub(t);function iu(l,d,h,f,b,_,x){Ue.filters.sub(l,d,h,f,b,_,x)&&xn[l](null,d,h,f,b,_,x)}t.pub=iu;function ru(){Rr.unsub(t),fo.delete(t),Ds.clear(),co(Fi,Mn,da),u.remove(),ye?.remove(),Xe("destroy")}t.destroy=ru;function zr(){Xe("init",s,n),jo(n||s.data,!1),W[F]?Sr(F,W[F]):hr(),vi=Te.show&&(Te.width>0||Te.height>0),Fs=Lt=!0,ur(s.width,s.height)}return $.forEach(Fo),L.forEach(Id),e?e instanceof HTMLElement?(e.appendChild(u),zr()):e(t,zr):zr(),t}Fe.assign=je;Fe.fmtNum=$o;Fe.rangeNum=Ui;Fe.rangeLog=Gi;Fe.rangeAsinh=_o;Fe.orient=sn;Fe.pxRatio=be;Fe.join=gh;Fe.fmtDate=So,Fe.tzDate=Ah;Fe.sync=kc;{Fe.addGap=cm,Fe.clipGaps=qi;let s=Fe.paths={points:Rc};s.linear=Pc,s.stepped=hm,s.bars=mm,s.spline=fm}var Ic=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function Qi(s){let n=(e,t)=>s(e).trim()||t;return{series:Ic.map((e,t)=>n(`--graph-color-${t+1}`,e)),text:n("--secondary-text-color","#727272"),grid:n("--divider-color","rgba(0, 0, 0, 0.12)"),axis:n("--secondary-text-color","#727272"),background:n("--card-background-color","#ffffff"),note:n("--primary-color","#03a9f4"),alert:n("--error-color","#db4437"),event:n("--secondary-text-color","#727272"),stall:n("--warning-color","#ffa600"),warning:n("--warning-color","#ffa600"),success:n("--success-color","#43a047")}}function ws(s,n){let e=s.series.length?s.series:Ic;return e[(n%e.length+e.length)%e.length]}var Em=64;function Am(s,n){for(let e=0;e<=Em;e++)for(let t of[s[n-e],s[n+e]]){if(t!=null)return t;if(t===null)return null}return null}var Bt=class extends J{constructor(){super(...arguments);this.t=ie("en");this.hover=null}render(){let e=this.model,t=this.theme;if(!e||!t)return S;let i=this.hover,r=this.formatters,o=i===null?null:e.xs[i],a=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Li(o);return g`<ul aria-label=${this.t("chart.legend")}>
${a?g`<li class="when">${a}</li>`:S}
${e.series.map((c,u)=>{let p=i===null?this.detail?.(u):void 0,m=i===null?null:Am(c.values,i);return g`<li>
<span
class="swatch ${c.dash?"dashed":""}"
style=${`--c:${ws(t,c.colorIndex)}`}
></span>
<span class="name">${c.label}</span>
${p?g`<span class="detail">${p}</span>`:S}
${i===null?S:g`<span class="value">
${m==null?"—":`${r?r.number(m,c.decimals):m} ${c.unit}`}
</span>`}
</li>`})}
</ul>`}};Bt.styles=he`
ul {
list-style: none;
display: flex;
flex-wrap: wrap;
gap: 4px 16px;
margin: 8px 0 0;
padding: 0;
font-size: 0.875rem;
min-block-size: 1.5em;
}
li {
display: inline-flex;
align-items: center;
gap: 6px;
}
.when,
.detail {
color: var(--secondary-text-color);
}
.detail {
font-size: 0.8125rem;
}
.value {
font-variant-numeric: tabular-nums;
font-weight: 500;
}
.swatch {
inline-size: 14px;
block-size: 0;
border-block-start: 3px solid var(--c);
}
.swatch.dashed {
border-block-start-style: dashed;
}
`,v([M({attribute:!1})],Bt.prototype,"model",2),v([M({attribute:!1})],Bt.prototype,"theme",2),v([M({attribute:!1})],Bt.prototype,"formatters",2),v([M({attribute:!1})],Bt.prototype,"t",2),v([M({attribute:!1})],Bt.prototype,"detail",2),v([M({attribute:!1})],Bt.prototype,"hover",2),Bt=v([ae("brewpit-chart-legend")],Bt);var Hc='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Oc=[Ai(Hc),he`
:host {
display: block;
color: var(--primary-text-color);
}
.wrap {
border-radius: 4px;
outline: none;
}
.wrap:focus-visible {
box-shadow: 0 0 0 2px var(--primary-color);
}
.plot {
inline-size: 100%;
min-block-size: 120px;
}
.uplot {
font-family: inherit;
inline-size: 100% !important;
}
.u-select {
background: color-mix(in srgb, var(--primary-color) 18%, transparent);
}
.u-cursor-x,
.u-cursor-y {
border-color: var(--secondary-text-color) !important;
}
`];var ui=86400;function Fc(s){let n=new Set;for(let e of s)if(e){if(n.has(e))return!0;n.add(e)}return!1}function Ro(s){let n=new Set;return s.map(e=>n.has(e)?"":(n.add(e),e))}function Uc(s,n,e){if(n>=ui){let o=s.map(a=>e.date(a*1e3));return Ro(Fc(o)?s.map(a=>e.dateYear(a*1e3)):o)}let t=o=>{let a="";return s.map(c=>{let u=c*1e3,p=e.date(u),m=p!==a?`${o(u)}
${p}`:o(u);return a=p,m})},i=[n<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of i)if(r=t(o),!Fc(r))return r;return Ro(r)}var jc=[60,300,600,900,1800,3600,7200,10800,21600,43200,ui,2*ui,7*ui,14*ui];function Vc(s){return Ro(s.map(n=>Li(n)))}function Gc(s,n,e=0){return s.x-e<n.x+n.w&&n.x<s.x+s.w+e&&s.y-e<n.y+n.h&&n.y<s.y+s.h+e}function Mm(s,n){return s.x>=n.x&&s.y>=n.y&&s.x+s.w<=n.x+n.w&&s.y+s.h<=n.y+n.h}function Wc(s,n,e={}){let t=e.gap??2,i=[],r=o=>!Mm(o,n)||i.some(a=>Gc(o,a,t))||(e.obstacles??[]).some(a=>Gc(o,a,t));for(let o of s){let a=o.candidates.map(u=>({x:u.x,y:u.y,w:o.w,h:o.h})),c=a.find(u=>!r(u)&&!(e.soft?.(u)??!1))??a.find(u=>!r(u));c&&i.push({id:o.id,...c})}return i}var Kc=28,qc=s=>s.length>Kc?`${s.slice(0,Kc-1)}…`:s;function Cm(s){let{left:n,width:e}=s.bbox,t=Math.max(1,Math.ceil(e)),i=new Float32Array(t).fill(1/0),r=new Float32Array(t).fill(-1/0),o=s.data[0],a=o.map(c=>s.valToPos(c,"x",!0)-n);for(let c=1;c<s.series.length;c++){let u=s.series[c];if(!u.show||!u.scale)continue;let p=s.data[c],m=NaN,y=NaN;for(let w=0;w<o.length;w++){let k=p[w];if(k===null){m=NaN;continue}if(k===void 0)continue;let P=a[w],z=s.valToPos(k,u.scale,!0),T=Math.max(0,Math.floor(Number.isNaN(m)?P:Math.min(m,P))),$=Math.min(t-1,Math.ceil(Number.isNaN(m)?P:Math.max(m,P))),L=Number.isNaN(y)?z:Math.min(y,z),C=Number.isNaN(y)?z:Math.max(y,z);for(let K=T;K<=$;K++)L<i[K]&&(i[K]=L),C>r[K]&&(r[K]=C);m=P,y=z}}return{lo:i,hi:r,left:n}}function Rm(s,n){let e=Math.max(0,Math.floor(n.x-s.left)),t=Math.min(s.lo.length-1,Math.ceil(n.x+n.w-s.left));for(let i=e;i<=t;i++)if(s.lo[i]<=n.y+n.h&&s.hi[i]>=n.y)return!0;return!1}function zm(s,n){let{ctx:e}=s,t=Zc(s);for(let i of n.extras.projections){let r=ws(n.theme,i.colorIndex),o=u=>s.valToPos(u,"x",!0),a=u=>s.valToPos(u,i.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),i.xs.forEach((u,p)=>p===0?e.moveTo(o(u),a(i.hi[p])):e.lineTo(o(u),a(i.hi[p])));for(let u=i.xs.length-1;u>=0;u--)e.lineTo(o(i.xs[u]),a(i.lo[u]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*t,e.setLineDash([3*t,3*t]),e.beginPath();let c=!1;i.xs.forEach((u,p)=>{let m=i.mid[p];Number.isFinite(m)&&(c?e.lineTo(o(u),a(m)):e.moveTo(o(u),a(m)),c=!0)}),e.stroke()}}function Zc(s){return s.ctx.canvas.width/Math.max(1,s.width)}function Pm(s,n,e,t){return t?s.t("chart.target_note",{label:n,value:e,note:t.text}):s.t("chart.target",{label:n,value:e})}function Nm(s,n){let{ctx:e,bbox:t}=s;for(let i of n.extras.stalls){let r=s.valToPos(i.x,"x",!0),o=i.endX===null?t.left+t.width:s.valToPos(i.endX,"x",!0);e.fillStyle=n.theme.stall,e.globalAlpha=.1,e.fillRect(r,t.top,Math.max(0,o-r),t.height),e.globalAlpha=1}}function Yc(s,n,e,t,i){s.beginPath(),s.moveTo(n,e),s.lineTo(t,i),s.stroke()}function Lm(s,n,e,t){let{ctx:i,bbox:r}=s,o=r.left+r.width,a=[];for(let c of n.model.targets){let u=s.valToPos(c.value,c.scale,!0);if(!(u>=r.top&&u<=r.top+r.height))continue;let p=ws(n.theme,c.colorIndex),m=n.extras.targetNotes.get(c.colorIndex),y=m?.state==="reached"||m?.state==="soon";i.strokeStyle=p,i.lineWidth=(y?2.5:1.5)*e,i.setLineDash([6*e,4*e]),Yc(i,r.left,u,o,u);let w=n.model.scales.find($=>$.key===c.scale),k=`${n.num(c.value,w?.decimals??1)} ${w?.unit??""}`.trim(),P=Pm(n,qc(c.label),k,m),z=i.measureText(P).width+8*e,T=[];for(let $=o-z-4*e;$>=r.left;$-=z/2+4*e)T.push({x:$,y:u-t-2*e},{x:$,y:u+2*e});a.push({id:`target:${c.colorIndex}:${c.value}`,w:z,h:t,candidates:T,text:P,color:p})}return a}function Dm(s,n,e,t){let{ctx:i,bbox:r}=s,o=[...n.extras.stalls.map(p=>({x:p.x,text:p.label,color:n.theme.stall,dash:[],id:`stall:${p.colorIndex}`})),...n.model.markers.map((p,m)=>({x:p.x,text:qc(p.text),color:p.kind==="alert"?n.theme.alert:p.kind==="note"?n.theme.note:n.theme.event,dash:p.kind==="alert"?[]:p.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${p.kind}:${m}`}))],a=Math.max(1,Math.floor(r.height/(t+3*e)/2)),c=[...Array.from({length:a},(p,m)=>r.top+2*e+m*(t+3*e)),...Array.from({length:a},(p,m)=>r.top+r.height-t-2*e-m*(t+3*e))],u=[];for(let p of o){let m=s.valToPos(p.x,"x",!0);if(!(m>=r.left&&m<=r.left+r.width))continue;i.strokeStyle=p.color,i.lineWidth=1.5*e,i.setLineDash(p.dash),Yc(i,m,r.top,m,r.top+r.height);let y=i.measureText(p.text).width+8*e,w=c.flatMap(k=>[{x:m+3*e,y:k},{x:m-3*e-y,y:k}]);u.push({id:p.id,w:y,h:t,candidates:w,text:p.text,color:p.color})}return u}function Jc(s,n){let{ctx:e,bbox:t}=s,i=Zc(s);e.save(),e.beginPath(),e.rect(t.left,t.top,t.width,t.height),e.clip(),Nm(s,n),zm(s,n),e.font=`${11*i}px ${n.font}`;let r=14*i,o=[...Lm(s,n,i,r),...Dm(s,n,i,r)],a=Cm(s),c={x:t.left,y:t.top,w:t.width,h:t.height},u=Wc(o,c,{soft:m=>Rm(a,m),gap:2*i});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let p=[];for(let m of u){let y=o.find(w=>w.id===m.id);e.globalAlpha=.88,e.fillStyle=n.theme.background,e.fillRect(m.x,m.y,m.w,m.h),e.globalAlpha=1,e.fillStyle=y.color,e.fillText(y.text,m.x+4*i,m.y+m.h/2),p.push({...m,text:y.text})}return e.restore(),p}function Im(s){let n=s.length;if(n<2)return 0;let e=Math.max(1,Math.floor((n-1)/2e3)),t=[];for(let i=e;i<n;i+=e)t.push(s[i][0]-s[i-e][0]);return t.sort((i,r)=>i-r),(t[t.length>>1]??0)/e}function Hm(s,n=5){if(s.length<3)return s;let e=Math.max(6e4,Im(s)*n),t=null;for(let i=1;i<s.length;i++){let r=s[i-1],o=s[i];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(t??=s.slice(0,i),t.push([Math.round((r[0]+o[0])/2),null])),t&&t.push(o)}return t??s}function zo(s,n=5){let e=s.length,t=s.map(u=>Hm(u.points,n)),i=s.map(u=>u.offsetMs??0),r=s.map(u=>u.toDisplay),o=new Array(e).fill(0),a=[],c=s.map(()=>[]);for(;;){let u=1/0;for(let p=0;p<e;p++){let m=t[p][o[p]];m&&m[0]-i[p]<u&&(u=m[0]-i[p])}if(u===1/0)break;a.push(u/1e3);for(let p=0;p<e;p++){let m=t[p][o[p]];if(m&&m[0]-i[p]===u){let y=m[1],w=r[p];c[p].push(y===null?null:w?w(y):y),o[p]++}else c[p].push(void 0)}}for(let u=0;u<e;u++)(t[u]!==s[u].points||Om(t[u]))&&Fm(c[u]);return{xs:a,ys:c}}function Om(s){return s.some(n=>n[1]===null)}function Fm(s){let n=s.length;for(let e=0;e<n;e++){if(s[e]!==null)continue;for(let i=e-1;i>=0&&s[i]===void 0;i--)s[i]=null;let t=e+1;for(;t<n&&s[t]===void 0;t++)s[t]=null;e=t-1}}var Bi={projections:[],stalls:[],targetNotes:new Map},Um=["pit","meat","chamber","wort","gravity","ambient","other"];function Qc(s){let n=[];for(let e of s)n.some(t=>t.key===e.scale)||n.push({key:e.scale,unit:e.unit,decimals:e.decimals});return n}function Xc(s,n){return[s,...n.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function Bc(s,n){let e=s.series.map(a=>Le(a.kind,a.unit,n)),t=zo(s.series.map((a,c)=>({points:a.points,toDisplay:e[c].toDisplay}))),i=s.series.map((a,c)=>({label:a.label,scale:e[c].unit,colorIndex:c,values:t.ys[c],decimals:e[c].decimals,unit:e[c].unit})),r=[];s.series.forEach((a,c)=>{a.target!=null&&r.push({scale:e[c].unit,value:e[c].toDisplay(a.target),colorIndex:c,label:a.label})});let o=s.annotations.map(a=>({x:a.ts/1e3,text:a.text,kind:a.kind}));return{xMode:"time",xs:t.xs,series:i,scales:Qc(i),targets:r,markers:o,structureKey:Xc("time",i)}}function ed(s){let n=new Set(s.flatMap(e=>e.history.series.map(t=>t.role)));return Um.filter(e=>n.has(e))}var Xi=[void 0,[8,4],[2,3],[12,3,2,3]];function td(s,n,e){let t=s.flatMap((a,c)=>a.history.series.filter(u=>u.role===n).map(u=>({input:a,sessionIndex:c,s:u,unit:Le(u.kind,u.unit,e)}))),i=zo(t.map(a=>({points:a.s.points,toDisplay:a.unit.toDisplay,offsetMs:a.input.session.started_at}))),r=t.map((a,c)=>({label:`${a.input.session.name} · ${a.s.label}`,scale:a.unit.unit,colorIndex:c,values:i.ys[c],decimals:a.unit.decimals,unit:a.unit.unit,...Xi[a.sessionIndex%Xi.length]?{dash:Xi[a.sessionIndex%Xi.length]}:{}})),o=[];return t.forEach((a,c)=>{if(a.s.target==null)return;let u=a.unit.toDisplay(a.s.target);o.some(p=>p.value===u&&p.scale===a.unit.unit)||o.push({scale:a.unit.unit,value:u,colorIndex:c,label:a.s.label})}),{xMode:"elapsed",xs:i.xs,series:r,scales:Qc(r),targets:o,markers:[],structureKey:Xc("elapsed",r)}}function sd(s,n){return s.series.map((e,t)=>{let i=Le(e.kind,e.unit,n),r=1/0,o=-1/0,a=null,c=null;for(let[u,p]of e.points)p!==null&&(p<r&&(r=p),p>o&&(o=p),a=p,c=u);return{seriesId:e.series_id,label:e.label,role:e.role,unit:i.unit,decimals:i.decimals,colorIndex:t,latest:a===null?null:i.toDisplay(a),latestTs:c,min:r===1/0?null:i.toDisplay(r),max:o===-1/0?null:i.toDisplay(o),target:e.target==null?null:i.toDisplay(e.target)}})}function nd(s,n=!1){n?history.replaceState(history.state,"",s):history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:n},bubbles:!1,composed:!0}))}function ee(s,n,e){s.dispatchEvent(new CustomEvent(n,{detail:e,bubbles:!0,composed:!0}))}function id(s){let n={x:{time:s.xMode==="time"}};for(let e of s.scales)n[e.key]={auto:!0,range:(t,i,r)=>{let o=i,a=r;for(let u of s.targets)u.scale===e.key&&(o=o==null?u.value:Math.min(o,u.value),a=a==null?u.value:Math.max(a,u.value));if(o==null||a==null)return[0,1];let c=Math.max((a-o)*.08,e.decimals>=3?.002:1);return[o-c,a+c]}};return n}var nt=class extends J{constructor(){super(...arguments);this.extras=Bi;this.xRange=null;this.t=ie("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/Fe.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=Fe.pxRatio;return this.labels.map(t=>({...t,x:t.x/e,y:t.y/e,w:t.w/e,h:t.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let t=e.ctx;t.save(),t.font=`${12*Fe.pxRatio}px ${this.font}`;let i=Fe.pxRatio,r=this.ticks.splits.flatMap((o,a)=>{let c=this.ticks.labels[a]??"";if(!c)return[];let u=Math.max(...c.split(`
`).map(y=>t.measureText(y).width))/i,p=e.valToPos(o,"x"),m=c.split(`
`).length;return[{text:c,x:p-u/2+e.bbox.left/i,y:e.bbox.height/i,w:u,h:14*m}]});return t.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let t=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||t!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return g`<div
class="wrap"
tabindex="0"
role="group"
aria-roledescription=${this.t("chart.role")}
aria-label=${`${this.label}. ${e}`}
@keydown=${this.onKey}
>
<div class="plot" dir="ltr"></div>
</div>
<brewpit-chart-legend
.model=${this.model}
.theme=${this.theme}
.formatters=${this.formatters}
.t=${this.t}
.detail=${this.detail}
.hover=${this.hoverIdx}
></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(t=>t.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let t=this.plot;if(!t)return;let i=this.xRange,r=this.model?.xs??[],o=i?i.min:r[0]??0,a=i?i.max:r[r.length-1]??1;!e&&t.scales.x?.min===o&&t.scales.x?.max===a||t.setScale("x",{min:o,max:a>o?a:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=Qi(t=>e.getPropertyValue(t)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new Fe(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",t=>this.downAt=[t.clientX,t.clientY]),this.plot.over.addEventListener("click",t=>this.onClick(t)),this.requestUpdate()}xAxis(e,t){let i=this.formatters;return e.xMode==="time"?{...t,space:72,size:48,values:(r,o,a,c,u)=>{let p=i?Uc(o,u,i):o.map(String);return this.ticks={splits:[...o],labels:p},p}}:{...t,space:60,incrs:[...jc],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:t.font,values:(r,o)=>{let a=Vc(o);return this.ticks={splits:[...o],labels:a},a}}}options(e,t){let i=this.formatters,r=(w,k)=>i?i.number(w,k):w==null?"—":w.toFixed(k),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),a=`12px ${this.font}`,c={stroke:t.axis,font:a,grid:{stroke:t.grid,width:1},ticks:{stroke:t.grid,width:1}},u=id(e),p=[this.xAxis(e,c),...e.scales.map((w,k)=>({...c,scale:w.key,side:k%2===0?3:1,grid:{...c.grid,show:k===0},size:w.decimals>=3?64:54,label:w.unit,labelSize:18,labelFont:a,values:(P,z)=>z.map(T=>r(T,Math.min(w.decimals,3)))}))],m=[{},...e.series.map(w=>({label:w.label,scale:w.scale,stroke:ws(t,w.colorIndex),width:2,...w.dash?{dash:w.dash}:{},spanGaps:!1,points:{show:!1}}))],y=this.timeZone;return{width:o,height:this.height,...y?{tzDate:w=>Fe.tzDate(new Date(w*1e3),y)}:{},scales:u,axes:p,series:m,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(ee(this,"reset-zoom"),null)}},hooks:{setSelect:[w=>this.onSelect(w)],setCursor:[w=>{let k=w.cursor.idx??null;k!==this.hoverIdx&&(this.hoverIdx=k)}],draw:[w=>this.onDraw(w,t,r)]}}}onSelect(e){let{left:t,width:i}=e.select;if(i<4)return;let r=e.posToVal(t,"x"),o=e.posToVal(t+i,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),ee(this,"range-changed",{min:r,max:o})}onDraw(e,t,i){let r=this.model;r&&(this.drawCount++,this.labels=Jc(e,{model:r,extras:this.extras,theme:t,font:this.font,num:i,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,ee(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let t=this.downAt;if(this.downAt=null,!this.plot||t&&Math.hypot(e.clientX-t[0],e.clientY-t[1])>4)return;let i=this.plot.cursor.left;i==null||i<0||ee(this,"chart-click",{x:this.plot.posToVal(i,"x")})}onKey(e){let i={ArrowLeft:()=>ee(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>ee(this,"chart-pan",{fraction:.25}),"+":()=>ee(this,"chart-zoom",{factor:.5}),"=":()=>ee(this,"chart-zoom",{factor:.5}),"-":()=>ee(this,"chart-zoom",{factor:2}),0:()=>ee(this,"reset-zoom"),Home:()=>ee(this,"reset-zoom")}[e.key];i&&(e.preventDefault(),i())}};nt.styles=Oc,v([M({attribute:!1})],nt.prototype,"model",2),v([M({attribute:!1})],nt.prototype,"extras",2),v([M({attribute:!1})],nt.prototype,"xRange",2),v([M({attribute:!1})],nt.prototype,"formatters",2),v([M({attribute:!1})],nt.prototype,"t",2),v([M({attribute:!1})],nt.prototype,"detail",2),v([M({attribute:!1})],nt.prototype,"timeZone",2),v([M({type:Boolean})],nt.prototype,"dark",2),v([M({type:Number})],nt.prototype,"height",2),v([M()],nt.prototype,"label",2),v([E()],nt.prototype,"hoverIdx",2),v([Ms(".plot")],nt.prototype,"plotEl",2),nt=v([ae("brewpit-chart")],nt);function er(s){let n=Math.round((Number.isFinite(s)?s:0)*2);return Math.min(4e3,Math.max(100,n))}function Po(s,n){let e=s.ended_at??Math.max(n,s.started_at+6e4);return{from:s.started_at,to:Math.max(e,s.started_at+1)}}function No(s,n,e=6e4){let t=n.to-n.from,i=Math.min(Math.max(s.to-s.from,Math.min(e,t)),t);(!Number.isFinite(i)||i<=0)&&(i=t);let r=Math.max(n.from,Math.min(s.from,n.to-i));return Number.isFinite(r)||(r=n.from),{from:r,to:r+i}}function rd(s,n,e){let t=(s.to-s.from)*n;return No({from:s.from+t,to:s.to+t},e)}function od(s,n,e,t){let i=t??(s.from+s.to)/2,r=i-(i-s.from)*n,o=i+(s.to-i)*n;return No({from:r,to:o},e)}function jm(s,n,e=.01){if(!s)return!0;let t=(n.to-n.from)*e;return s.from<=n.from+t&&s.to>=n.to-t}var tr={range:null,follow:!0};function ad(s,n,e){let t=Math.max(-1/0,...s);return!Number.isFinite(t)||t<=n?0:Math.min(t-n,Math.max(15*6e4,e/2))}function hi(s,n,e){return s.ended_at!==null?Po(s,n):{from:Math.min(s.started_at,n-6e4),to:n+e}}function ld(s,n,e,t){if(s.ended_at!==null)return n.range;let i=hi(s,e,t);if(!n.range)return i;if(!n.follow)return n.range;let r=n.range.to-n.range.from;return{from:Math.max(i.from,i.to-r),to:i.to}}function cd(s,n,e,t){let i=hi(s,e,t),r=s.ended_at===null;if(!n||jm(n,i,.005))return r?tr:{range:null,follow:!1};let o=No(n,i),a=o.to-o.from,c=r&&o.to>=i.to-Math.max(a*.02,1e3);return{range:o,follow:c}}var dd=["solid","dashed","dotted","dashed"],Vt=class extends J{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=se(De);this.roles=se(ed);this.models=se((e,t)=>this.roles(e).map(i=>({role:i,model:td(e,i,t)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let t=er((this.clientWidth||window.innerWidth)-120);try{let i=await Promise.all(this.ids.map(async r=>{let[o,a]=await Promise.all([Ni(this.hass,r),ti(this.hass,r,{max_points:t})]);return{session:o,history:a}}));e===this.seq&&(this.inputs=i)}catch(i){e===this.seq&&(this.error=Q(i))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let t=this.models(this.inputs,this.temp).map(p=>p.model.xs),i=Math.min(0,...t.map(p=>p[0]??0)),r=Math.max(1,...t.map(p=>p[p.length-1]??0)),o=this.xRange??{min:i,max:r},a=(o.min+o.max)/2,c=Math.max(300,(o.max-o.min)*e/2),u={min:Math.max(i,a-c),max:Math.min(r,a+c)};this.xRange=u.min<=i&&u.max>=r?null:u}get temp(){return Ne(this.hass.config.unit_system.temperature)}render(){let e=ie(xe(this.hass)),t=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return g`<div class="card">
<p>${e("compare.pick")}</p>
<button @click=${()=>ee(this,"brewpit-navigate",{path:"/sessions"})}>
${e("compare.go_to_sessions")}
</button>
</div>`;if(this.error)return g`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return g`<div class="card" role="status">${e("list.loading")}</div>`;let i=this.hass.themes?.darkMode??!1;return g`
<section class="card" aria-labelledby="cmp-title">
<div class="toolbar">
<h2 id="cmp-title">${e("compare.title",{count:this.inputs.length})}</h2>
<span class="spacer"></span>
<button class="icon" aria-label=${e("detail.zoom_in")} @click=${()=>this.zoomBy(.5)}>
+
</button>
<button class="icon" aria-label=${e("detail.zoom_out")} @click=${()=>this.zoomBy(2)}>
−
</button>
<button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>
${e("detail.reset_zoom")}
</button>
</div>
${this.renderLegend(e,t)}
</section>
${this.models(this.inputs,this.temp).map(({role:r,model:o})=>g`<section
class="card"
aria-label=${e("compare.role_compared",{role:At(r,e)})}
>
<h3>${At(r,e)}</h3>
<brewpit-chart
.model=${o}
.xRange=${this.xRange}
.formatters=${t}
.t=${e}
?dark=${i}
.height=${this.narrow?220:300}
label=${e("compare.chart_label",{role:At(r,e),count:this.inputs.length})}
@range-changed=${a=>this.xRange=a.detail}
@reset-zoom=${()=>this.xRange=null}
@chart-zoom=${a=>this.zoomBy(a.detail.factor)}
></brewpit-chart>
</section>`)}
${this.roles(this.inputs).length===0?g`<div class="card muted">${e("compare.nothing")}</div>`:S}
`}renderLegend(e,t){let i=Date.now();return g`<ul class="legend">
${this.inputs.map(({session:r},o)=>g`<li>
<span
class="line"
style=${`border-block-start-style:${dd[o%dd.length]}`}
></span>
<a
href=${"#"}
@click=${a=>{a.preventDefault(),ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
>${r.name}</a
>
<span class="muted">
${t.dateTime(r.started_at)} ·
${Ot((r.ended_at??i)-r.started_at,e)}
</span>
</li>`)}
</ul>`}};Vt.styles=[me,he`
:host {
display: block;
}
h2 {
margin: 0;
}
.legend {
list-style: none;
padding: 0;
margin-block: 12px 0;
display: flex;
flex-wrap: wrap;
gap: 8px 24px;
}
.legend li {
display: flex;
align-items: center;
gap: 6px;
flex-wrap: wrap;
}
a {
color: var(--primary-color);
}
.line {
display: inline-block;
inline-size: 24px;
border-block-start: 3px solid var(--secondary-text-color);
}
`],v([M({attribute:!1})],Vt.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],Vt.prototype,"narrow",2),v([M({attribute:!1})],Vt.prototype,"ids",2),v([E()],Vt.prototype,"inputs",2),v([E()],Vt.prototype,"error",2),v([E()],Vt.prototype,"loading",2),v([E()],Vt.prototype,"xRange",2),Vt=v([ae("brewpit-compare")],Vt);var Gm=new Set(["sensor","number","input_number"]),Wm=new Set(["temperature","humidity","moisture","pressure","atmospheric_pressure","specific_gravity","battery","signal_strength","voltage","ph"]),Km=new Set(["unavailable","unknown"]);function sr(s,n){let e=[];for(let[i,r]of Object.entries(s.states??{})){if(!Gm.has(i.split(".")[0])||n.has(i))continue;let o=s.entities?.[i];if(o?.platform==="brewpit")continue;let a=r.attributes,c=typeof a.unit_of_measurement=="string"?a.unit_of_measurement:null,u=typeof a.device_class=="string"?a.device_class:null;if(!(Km.has(r.state)||Number.isFinite(Number(r.state)))||r.state===""||!(u&&Wm.has(u)||c))continue;let m=o?.device_id?s.devices?.[o.device_id]:void 0,y=o?.area_id??m?.area_id??null;e.push({entity_id:i,name:typeof a.friendly_name=="string"&&a.friendly_name?a.friendly_name:i,device_class:u,unit:c,state:r.state,device:m&&(m.name_by_user||m.name)||null,area:y?s.areas?.[y]?.name??null:null})}let t=i=>`${i.area??"￿"}\0${i.device??""}\0${i.name}`;return e.sort((i,r)=>t(i).localeCompare(t(r)))}function nr(s,n){let e=[s.name,s.entity_id,s.device??"",s.area??""].join(" ").toLowerCase();return n.toLowerCase().split(/\s+/).filter(Boolean).every(t=>e.includes(t))}async function mi(s,n,e=!1){return(await s.callWS({type:"brewpit/sources/follow",entity_id:n.entity_id,name:n.name.slice(0,64),explicit:e,...n.device_class?{device_class:n.device_class}:{},...n.unit?{unit:n.unit}:{}})).series_id}var ud=s=>s.callWS({type:"brewpit/sources/list"}),hd=(s,n)=>s.callWS({type:"brewpit/sources/unfollow",entity_id:n}),md=(s,n)=>mi(s,{entity_id:n.entity_id,name:n.name,device_class:n.device_class,unit:n.ha_unit},!0);function pd(s,n,e,t){let i=new Map(n.map(o=>[o.entity_id,o])),r=new Map(e.map(o=>[o.id,o]));return s.filter(o=>o.followed).map(o=>({source:o,sensor:i.get(o.entity_id)??null,series:r.get(o.series_id),sessions:t.filter(a=>a.channels.some(c=>c.series_id===o.series_id)).map(a=>a.name)})).sort((o,a)=>(o.sensor?.name??o.source.name).localeCompare(a.sensor?.name??a.source.name))}function qm(s){return{name:s.length>12?`${s.slice(0,8)}…`:s,area:null}}function ms(s,n){let e=new Map;for(let t of Object.values(s??{})){let i=t.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!i)continue;let r=t.area_id?n?.[t.area_id]?.name??null:null;e.set(i,{name:t.name_by_user||t.name||i,area:r})}return(t,i)=>e.get(t)??(i?{name:i,area:null}:qm(t))}function ps(s){return s.area?`${s.name} (${s.area})`:s.name}var ir=he`
.grid {
display: grid;
grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
gap: 12px;
}
.grid label {
display: flex;
flex-direction: column;
gap: 4px;
}
fieldset {
border: 1px solid var(--divider-color);
border-radius: 8px;
margin-block: 12px;
padding: 8px 12px;
}
legend {
color: var(--secondary-text-color);
padding-inline: 4px;
}
.probe {
display: grid;
grid-template-columns: minmax(0, 1fr) 9em 8em;
gap: 4px 8px;
align-items: center;
padding-block: 6px;
border-block-end: 1px solid var(--divider-color);
}
.probe:last-of-type {
border-block-end: none;
}
.check {
color: var(--primary-text-color);
display: flex;
align-items: center;
gap: 8px;
min-inline-size: 0;
}
.who {
display: flex;
flex-direction: column;
min-inline-size: 0;
margin-inline-end: auto;
}
.who .node {
font-size: 0.75rem;
}
.reading {
font-variant-numeric: tabular-nums;
white-space: nowrap;
}
.target {
inline-size: 100%;
}
select:disabled,
input:disabled {
opacity: 0.45;
cursor: not-allowed;
background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
border-style: dashed;
}
.in-use {
grid-column: 1 / -1;
font-size: 0.8125rem;
color: var(--warning-color, #ffa600);
display: flex;
flex-wrap: wrap;
gap: 4px 12px;
align-items: center;
}
.share {
display: inline-flex;
align-items: center;
gap: 6px;
color: var(--primary-text-color);
}
.others summary,
.ha-sensors summary {
cursor: pointer;
color: var(--secondary-text-color);
padding-block: 8px;
}
.search {
inline-size: 100%;
box-sizing: border-box;
margin-block-end: 8px;
}
@media (max-width: 600px) {
.probe {
grid-template-columns: 1fr 1fr;
}
.check {
grid-column: 1 / -1;
}
}
`;var Zm=50,Ym=new Set,it=class extends J{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.running=[];this.error="";this.failed="";this.notice="";this.picking=!1;this.query="";this.busy=!1;this.seq=0;this.fmt=se(De);this.sensors=se((e,t,i,r)=>sr({...this.hass,states:e},Ym));this.rows=se(pd)}willUpdate(e){e.has("series")&&this.hass&&this.load()}get t(){return ie(xe(this.hass))}async load(){let e=++this.seq;try{let[t,i]=await Promise.all([ud(this.hass),ds(this.hass,{status:"active"})]);if(e!==this.seq)return;this.sources=t,this.running=i,this.failed=""}catch(t){this.failed=Q(t)}}async change(e,t=""){this.busy=!0;try{await e(),this.error="",this.notice=t}catch(i){this.error=Q(i),this.notice=""}finally{this.busy=!1,this.stopping=void 0,this.dispatchEvent(new CustomEvent("sources-changed"))}}follow(e){this.picking=!1,this.query="",this.change(()=>mi(this.hass,e,!0),this.t("sources.now_following",{name:e.name}))}allSensors(){let e=this.hass;return this.sensors(e.states,e.entities,e.devices,e.areas)}render(){let e=this.t,t=this.sources?this.rows(this.sources,this.allSensors(),this.series,this.running):void 0;return g`<section class="card" aria-labelledby="ha-sources-title">
<div class="toolbar">
<h3 id="ha-sources-title">${e("sources.title")}</h3>
<span class="spacer"></span>
<button
class="follow"
aria-expanded=${this.picking?"true":"false"}
@click=${()=>this.picking=!this.picking}
>
${this.picking?e("common.close"):e("sources.follow")}
</button>
</div>
<p class="muted">${e("sources.help")}</p>
${this.error||this.failed?g`<p class="error" role="alert">${this.error||this.failed}</p>`:S}
${this.notice?g`<p class="notice" role="status">${this.notice}</p>`:S}
${this.picking?this.renderPicker():S}
${t?t.length?g`<ul class="sources">
${t.map(i=>this.renderRow(i))}
</ul>`:this.renderEmpty():S}
</section>`}renderEmpty(){let e=this.t;return g`<div class="none">
<p>${e("sources.empty")}</p>
<button
class="primary"
@click=${()=>ee(this,"brewpit-navigate",{path:"/sessions?new"})}
>
${e("sources.new_session")}
</button>
</div>`}renderPicker(){let e=this.t,t=new Set(this.sources?.filter(o=>o.followed).map(o=>o.entity_id)),r=this.allSensors().filter(o=>!t.has(o.entity_id)).filter(o=>nr(o,this.query)).slice(0,Zm);return g`<div class="picker" role="group" aria-label=${e("sources.follow")}>
<input
type="search"
class="search"
aria-label=${e("sources.search")}
placeholder=${e("sources.search")}
.value=${this.query}
@input=${o=>this.query=o.target.value}
/>
${r.length?S:g`<p class="muted">${e("sources.none_left")}</p>`}
<ul class="sources">
${r.map(o=>g`<li data-entity=${o.entity_id}>
${this.renderWho(o.name,o)}
<span class="reading">
${Number.isFinite(Number(o.state))?`${o.state} ${o.unit??""}`:"—"}
</span>
<button ?disabled=${this.busy} @click=${()=>this.follow(o)}>
${e("sources.follow_one")}
</button>
</li>`)}
</ul>
</div>`}renderWho(e,t,i=t?.entity_id??""){let r=t?.device?ps({name:t.device,area:t.area}):t?.area;return g`<span class="who">
<span class="name">${e}</span>
<span class="muted node">${r?`${r} · `:""}<code>${i}</code></span>
</span>`}renderRow(e){let t=this.t,i=e.source,r=e.sensor?.name??i.name,o=this.fmt(this.hass.locale,this.hass.config.time_zone),a=e.series,c=Le(i.kind,i.unit,Ne(this.hass.config.unit_system.temperature)),u=a?.last_value==null?"—":`${o.number(c.toDisplay(a.last_value),c.decimals)} ${c.unit}`,p=a?.last_status;return g`<li data-entity=${i.entity_id} data-explicit=${i.explicit?"true":"false"}>
${this.renderWho(r,e.sensor,i.entity_id)}
<span class="reading" title=${a?.last_ts?o.dateTime(a.last_ts):""}>${u}</span>
<div class="toolbar facts">
<span class="chip ${i.explicit?"active":""}">
${i.explicit?t("sources.kept"):t("sources.session_only")}
</span>
${p&&p!=="ok"?g`<span class="chip alert">${p}</span>`:S}
${e.sensor?S:g`<span class="chip alert">${t("sources.gone")}</span>`}
${e.sessions.length?g`<span class="muted"
>${t("sources.used_by",{names:e.sessions.join(", ")})}</span
>`:S}
${i.covered_from?g`<span class="muted">
${t("sources.covered",{time:o.dateTime(i.covered_from)})}
</span>`:S}
</div>
${this.stopping===i.entity_id?this.renderStop(e,r):this.renderActions(i)}
</li>`}renderActions(e){let t=this.t;return g`<div class="toolbar actions">
${e.explicit?S:g`<button
?disabled=${this.busy}
@click=${()=>{this.change(()=>md(this.hass,e))}}
>
${t("sources.keep")}
</button>`}
<button class="danger" @click=${()=>this.stopping=e.entity_id}>
${t("sources.stop")}
</button>
</div>`}renderStop(e,t){let i=this.t,r=e.source.entity_id;return g`<div class="actions" role="group" aria-label=${i("sources.stop")}>
<p class="error">
${i("sources.stop_consequence",{name:t})}
${e.sessions.length?i("sources.stop_in_use",{names:e.sessions.join(", ")}):""}
</p>
<div class="toolbar">
<button
class="danger confirm"
?disabled=${this.busy}
@click=${()=>{this.change(()=>hd(this.hass,r))}}
>
${i("sources.stop")}
</button>
<button @click=${()=>this.stopping=void 0}>${i("common.cancel")}</button>
</div>
</div>`}};it.styles=[me,ir,he`
.sources {
list-style: none;
padding: 0;
margin: 8px 0 0;
}
.sources li {
display: grid;
grid-template-columns: minmax(0, 1fr) auto auto;
gap: 4px 12px;
align-items: center;
padding-block: 8px;
border-block-end: 1px solid var(--divider-color);
}
.sources li:last-child {
border-block-end: none;
}
.facts,
.actions {
grid-column: 1 / -1;
font-size: 0.8125rem;
}
.notice {
color: var(--success-color, var(--primary-color));
}
.picker {
border: 1px solid var(--divider-color);
border-radius: 8px;
padding: 8px 12px;
margin-block: 8px;
}
code {
font-family: var(--code-font-family, monospace);
overflow-wrap: anywhere;
}
:host([narrow]) .sources li {
grid-template-columns: minmax(0, 1fr) auto;
}
`],v([M({attribute:!1})],it.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],it.prototype,"narrow",2),v([M({attribute:!1})],it.prototype,"series",2),v([E()],it.prototype,"sources",2),v([E()],it.prototype,"running",2),v([E()],it.prototype,"error",2),v([E()],it.prototype,"failed",2),v([E()],it.prototype,"notice",2),v([E()],it.prototype,"picking",2),v([E()],it.prototype,"query",2),v([E()],it.prototype,"stopping",2),v([E()],it.prototype,"busy",2),it=v([ae("brewpit-ha-sources")],it);var Gt=class extends J{constructor(){super(...arguments);this.open=!1;this.hubUrl="";this.error="";this.copied=!1;this.now=Date.now()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker)}get t(){return ie(xe(this.hass))}async start(){this.error="",this.copied=!1;try{let[e,t]=await Promise.all([Ri(this.hass),Ca(this.hass)]);this.hubUrl=Pi(e.url,window.location.hostname),this.pairing=t,this.open=!0,this.now=Date.now(),clearInterval(this.ticker),this.ticker=setInterval(()=>this.now=Date.now(),1e3)}catch(e){this.error=Q(e)}}async copy(e){try{await navigator.clipboard.writeText(e),this.copied=!0}catch{let t=document.createRange();t.selectNodeContents(this.renderRoot.querySelector("code.command")),getSelection()?.removeAllRanges(),getSelection()?.addRange(t)}}render(){let e=this.t,t=this.pairing;if(!t)return g`<button class="primary pair" @click=${()=>{this.start()}}>
${e("devices.pair")}
</button>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}`;let i=Math.max(0,Math.round((t.expires_at-this.now)/1e3)),r=i===0,o=Fa(this.hubUrl,t.code);return g`<section class="card pairing" aria-labelledby="pair-title">
<h3 id="pair-title">${e("devices.pair_title")}</h3>
<p>
${e("devices.pair_code")} <strong class="code">${t.code}</strong>
<span class="muted" role="timer">
${r?e("devices.pair_expired"):e("devices.pair_expires",{m:Math.floor(i/60),s:String(i%60).padStart(2,"0")})}
</span>
</p>
<p>${e("devices.pair_run")}</p>
<div class="cmd">
<code class="command">${o}</code>
<button @click=${()=>{this.copy(o)}}>
${this.copied?e("devices.copied"):e("devices.copy")}
</button>
</div>
<p class="muted">${e("devices.pair_then")}</p>
<p class="muted" role="status">${e("devices.pair_waiting")}</p>
<div class="toolbar">
${r?g`<button @click=${()=>{this.start()}}>${e("devices.pair_new_code")}</button>`:S}
<button @click=${()=>this.close()}>${e("common.close")}</button>
</div>
</section>`}close(){clearInterval(this.ticker),this.pairing=void 0,this.open=!1}};Gt.styles=[me,he`
:host([open]) {
flex-basis: 100%;
}
.code {
font-family: var(--code-font-family, monospace);
font-size: 1.4rem;
letter-spacing: 0.08em;
margin-inline: 8px;
}
.cmd {
display: flex;
flex-wrap: wrap;
align-items: center;
gap: 8px;
}
code.command {
flex: 1 1 20em;
font-family: var(--code-font-family, monospace);
background: var(--secondary-background-color);
border-radius: 6px;
padding: 8px;
overflow-wrap: anywhere;
user-select: all;
}
`],v([M({attribute:!1})],Gt.prototype,"hass",2),v([E()],Gt.prototype,"pairing",2),v([M({type:Boolean,reflect:!0})],Gt.prototype,"open",2),v([E()],Gt.prototype,"hubUrl",2),v([E()],Gt.prototype,"error",2),v([E()],Gt.prototype,"copied",2),v([E()],Gt.prototype,"now",2),Gt=v([ae("brewpit-pair")],Gt);var Jm=2*6e4,Qm=1e4,Xm=2e3,Bm=new Set(["hydrometer","ispindel","tilt","brewfather"]),ep="homeassistant",yt=class extends J{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.error="";this.fresh=new Set;this.fmt=se(De);this.names=se(ms)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return ie(xe(this.hass))}async refresh(){clearTimeout(this.timer);try{let[e,t]=await Promise.all([zi(this.hass),us(this.hass)]),i=e.filter(a=>a.kind!==ep),r=new Set(this.nodes?.map(a=>a.id)),o=this.nodes?i.filter(a=>!r.has(a.id)).map(a=>a.id):[];o.length&&(this.fresh=new Set([...this.fresh,...o]),this.pair?.close()),this.nodes=i,this.series=t,this.error=""}catch(e){this.error=Q(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},this.pair?.open?Xm:Qm))}async act(e){try{e.action==="rename"&&await Ra(this.hass,e.id,(e.value??"").trim()),e.action==="remove"&&await Pa(this.hass,e.id),e.action==="token"&&(this.newToken=await za(this.hass,e.id).then(t=>({id:e.id,token:t.token}))),this.pending=void 0,await this.refresh()}catch(t){this.error=Q(t)}}render(){let e=this.t;return!this.hass.user?.is_admin?g`<div class="card"><p>${e("devices.admin_only")}</p></div>`:g`<div class="head">
<h2>${e("devices.title")}</h2>
<span class="spacer"></span>
<brewpit-pair
.hass=${this.hass}
@click=${()=>setTimeout(()=>{this.refresh()},500)}
></brewpit-pair>
</div>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
${this.nodes?this.nodes.length===0?g`<div class="card empty"><p>${e("devices.none")}</p></div>`:this.nodes.map(i=>this.renderNode(i)):g`<p class="muted" role="status">${e("devices.loading")}</p>`}
<brewpit-ha-sources
.hass=${this.hass}
.series=${this.series}
?narrow=${this.narrow}
@sources-changed=${()=>{this.refresh()}}
></brewpit-ha-sources>`}renderNode(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=this.names(this.hass.devices,this.hass.areas)(e.id,e.name),o=e.status,a=Date.now(),c=e.last_seen!==null&&a-e.last_seen<Jm,u=e.kind==="edge"?t("devices.kind_edge"):Bm.has(e.kind)?t("devices.kind_hydrometer"):e.kind;return g`<section
class="card node ${this.fresh.has(e.id)?"fresh":""}"
data-device=${e.id}
>
<div class="toolbar">
<h3>${r.name}</h3>
${r.area?g`<span class="chip">${r.area}</span>`:S}
<span class="chip">${u}</span>
<span class="chip ${c?"active":"alert"}">
${e.last_seen===null?t("devices.never"):t(c?"devices.online":"devices.silent")}
</span>
${this.fresh.has(e.id)?g`<span class="chip active">${t("devices.just_paired")}</span>`:S}
</div>
<dl class="facts">
<dt>${t("devices.last_seen")}</dt>
<dd>${e.last_seen===null?t("devices.never"):i.relative(e.last_seen-a)}</dd>
<dt>${t("devices.outbox")}</dt>
<dd>
${o.outbox_depth??"—"}
${o.oldest_unsent_ts?g`<span class="muted">(${t("devices.oldest",{time:i.relative(o.oldest_unsent_ts-a)})})</span>`:S}
</dd>
<dt>${t("devices.dropped")}</dt>
<dd>${e.dropped_total}</dd>
<dt>${t("devices.version")}</dt>
<dd>${o.version??"—"}</dd>
</dl>
${this.renderSensors(e.id)} ${this.renderActions(e)}
</section>`}renderSensors(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Ne(this.hass.config.unit_system.temperature),o=this.series.filter(a=>a.device_id===e);return o.length?g`<ul class="sensors">
${o.map(a=>{let c=Le(a.kind,a.unit,r),u=a.last_status??null,p=a.last_value===null?"—":`${i.number(c.toDisplay(a.last_value),c.decimals)} ${c.unit}`;return g`<li>
<span>${a.name||a.key}</span>
<span class="value">${p}</span>
${u&&u!=="ok"?g`<span class="chip alert">${u}</span>`:S}
</li>`})}
</ul>`:g`<p class="muted">${t("devices.no_sensors")}</p>`}renderActions(e){let t=this.t,i=this.pending?.id===e.id?this.pending:void 0,r=this.newToken?.id===e.id?this.newToken.token:void 0,o=(u,p)=>()=>this.pending={id:e.id,action:u,value:p},a=g`<button @click=${()=>this.pending=void 0}>
${t("common.cancel")}
</button>`,c;return i?.action==="rename"?c=g`<form
class="toolbar"
@submit=${u=>(u.preventDefault(),void this.act(i))}
>
<input
name="device-name"
aria-label=${t("devices.new_name")}
maxlength="64"
required
.value=${i.value??""}
@input=${u=>this.pending={...i,value:u.target.value}}
/>
<button class="primary" type="submit">${t("devices.save")}</button> ${a}
</form>`:i?.action==="remove"?c=g`<div role="group" aria-label=${t("devices.remove")}>
<p class="error">${t("devices.remove_consequence")}</p>
<div class="toolbar">
<button class="danger" @click=${()=>{this.act(i)}}>
${t("devices.confirm_remove")}
</button>
${a}
</div>
</div>`:i?.action==="token"?c=g`<div role="group" aria-label=${t("devices.rotate")}>
<p>${t("devices.rotate_consequence")}</p>
<div class="toolbar">
<button class="danger" @click=${()=>{this.act(i)}}>
${t("devices.confirm_rotate")}
</button>
${a}
</div>
</div>`:c=g`<div class="toolbar">
<button @click=${o("rename",e.name)}>${t("devices.rename")}</button>
${e.kind==="edge"?g`<button @click=${o("token")}>${t("devices.rotate")}</button>`:S}
<button class="danger" @click=${o("remove")}>${t("devices.remove")}</button>
</div>`,g`${c}
${r?g`<p class="new-token">${t("devices.token_shown_once")} <code>${r}</code></p>`:S}`}};yt.styles=[me,he`
.head {
display: flex;
align-items: center;
flex-wrap: wrap;
gap: 8px;
margin-block-end: 12px;
}
.head h2 {
margin: 0;
}
.node.fresh {
border-color: var(--primary-color);
}
.facts {
display: grid;
grid-template-columns: repeat(auto-fill, minmax(9em, max-content) minmax(6em, 1fr));
gap: 4px 12px;
margin: 8px 0;
}
dt {
color: var(--secondary-text-color);
}
dd {
margin: 0;
}
.sensors {
list-style: none;
padding: 0;
margin: 0 0 8px;
display: grid;
gap: 4px;
}
.sensors li {
display: flex;
gap: 8px;
align-items: center;
}
.sensors .value {
margin-inline-start: auto;
font-variant-numeric: tabular-nums;
}
code {
font-family: var(--code-font-family, monospace);
overflow-wrap: anywhere;
user-select: all;
}
:host([narrow]) .facts {
grid-template-columns: max-content 1fr;
}
`],v([M({attribute:!1})],yt.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],yt.prototype,"narrow",2),v([E()],yt.prototype,"nodes",2),v([E()],yt.prototype,"series",2),v([E()],yt.prototype,"error",2),v([E()],yt.prototype,"pending",2),v([E()],yt.prototype,"newToken",2),v([E()],yt.prototype,"fresh",2),v([Ms("brewpit-pair")],yt.prototype,"pair",2),yt=v([ae("brewpit-devices")],yt);var tp=-5,sp=40;function fd(s,n){let e=[];for(let[t,i]of s.entries()){let r=t+1,o=Rs(i.target),a=Math.round((n==="°F"?si(o):o)*100)/100;if(!Number.isFinite(a)||a<tp||a>sp)return{step:r,problem:"target"};let c=i.hours.trim()?Rs(i.hours):null;if(c!==null&&!(c>0&&c<=1440))return{step:r,problem:"hours"};let u=c===null?void 0:`${Math.round(c*60)}m`;if(i.type==="ramp"){if(!u)return{step:r,problem:"ramp_hours"};e.push({type:"ramp",to:a,duration:u});continue}let p=i.gravityBelow.trim()?Rs(i.gravityBelow):null;if(p!==null&&!(p>=.98&&p<=1.2))return{step:r,problem:"gravity"};e.push({type:"hold",target:a,...u?{duration:u}:{},...p!==null?{until:{gravity_below:p}}:{}})}return{steps:e}}function gd(s){return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"_").replace(/^_|_$/g,"").slice(0,20)||"profile"}var np=5e3,vd={type:"hold",target:"",hours:"",gravityBelow:""},Rt=class extends J{constructor(){super(...arguments);this.narrow=!1;this.name="";this.steps=[{...vd}];this.chamber="";this.error="";this.note="";this.fmt=se(De)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return ie(xe(this.hass))}get temp(){return Ne(this.hass.config.unit_system.temperature)}async refresh(){clearTimeout(this.timer);try{this.chambers=(await zi(this.hass)).flatMap(e=>(e.status.control??[]).map(t=>({deviceId:e.id,node:e.name,state:t}))),!this.chamber&&this.chambers[0]&&(this.chamber=this.key(this.chambers[0]))}catch(e){this.error=Q(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},np))}key(e){return`${e.deviceId}/${e.state.name}`}async start(e){e.preventDefault();let t=this.t;this.note="";let i=this.chambers?.find(o=>this.key(o)===this.chamber),r=fd(this.steps,this.temp);if(!i){this.error=t("ferm.pick_chamber");return}if("problem"in r){this.error=t(`ferm.bad_${r.problem}`,{step:r.step});return}this.error="";try{await Kr(this.hass,i.deviceId,"start_profile",{chamber:i.state.name,profile:{name:gd(this.name),steps:this.named(r.steps)}}),this.note=t("ferm.sent",{chamber:i.state.label}),await this.refresh()}catch(o){this.error=Q(o)}}named(e){let t=this.t;return e.map((i,r)=>{let o=i.type==="hold"?t("ferm.hold"):t("ferm.ramp");return{...i,name:`${o} ${this.steps[r].target.trim()} ${this.temp}`.slice(0,64)}})}async stop(e){try{await Kr(this.hass,e.deviceId,"stop_profile",{chamber:e.state.name}),this.note=this.t("ferm.stop_sent",{chamber:e.state.label})}catch(t){this.error=Q(t)}}setStep(e,t){this.steps=this.steps.map((i,r)=>r===e?{...i,...t}:i)}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("ferm.title")}</h2>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
${this.note?g`<p role="status">${this.note}</p>`:S}
${this.chambers?this.chambers.length===0?g`<div class="card"><p>${e("ferm.none")}</p></div>`:g`${this.chambers.map(t=>this.renderChamber(t))} ${this.renderForm()}`:g`<p class="muted" role="status">${e("devices.loading")}</p>`}`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderChamber(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Le("temperature","°C",this.temp),o=u=>`${i.number(r.toDisplay(u),1)} ${r.unit}`,a=e.state,c=a.profile;return g`<section class="card chamber" data-chamber=${a.name}>
<div class="toolbar">
<h3>${a.label}</h3>
<span class="muted">${e.node}</span>
<span class="chip">${a.mode}</span>
<span class="chip ${a.action==="idle"?"":"active"}">${a.action}</span>
<span class="spacer"></span>
<span class="setpoint">${t("ferm.setpoint",{value:o(a.setpoint)})}</span>
</div>
${c?g`<div class="profile">
<p>
<strong>${c.name}</strong> ·
<span class="step"
>${t("ferm.step",{n:c.step_index+1,count:c.step_count})}</span
>
${c.step_name?g`(${c.step_name})`:S}
${c.finished?g`· ${t("ferm.finished")}`:S}
</p>
${c.remaining_s!==null?g`<progress
max=${c.elapsed_s+c.remaining_s}
value=${c.elapsed_s}
aria-label=${t("ferm.progress")}
></progress>
<span class="muted"
>${t("ferm.remaining",{d:Ot(c.remaining_s*1e3,t)})}</span
>`:S}
${c.condition?g`<p class="muted">${c.condition}</p>`:S}
<button class="danger" @click=${()=>{this.stop(e)}}>${t("ferm.stop")}</button>
</div>`:g`<p class="muted">${t("ferm.no_profile")}</p>`}
</section>`}renderForm(){let e=this.t,t=this.temp,i=(r,o)=>a=>this.setStep(r,{[o]:a.target.value});return g`<form class="card" @submit=${r=>{this.start(r)}}>
<h3>${e("ferm.new_profile")}</h3>
<div class="toolbar">
<label
>${e("ferm.name")}
<input
name="profile-name"
maxlength="40"
.value=${this.name}
@input=${r=>this.name=r.target.value}
/>
</label>
<label
>${e("ferm.chamber")}
<select
name="chamber"
@change=${r=>this.chamber=r.target.value}
>
${(this.chambers??[]).map(r=>g`<option value=${this.key(r)} ?selected=${this.key(r)===this.chamber}>${r.state.label} (${r.node})</option>`)}
</select>
</label>
</div>
<table>
<thead>
<tr>
<th>#</th>
<th>${e("ferm.type")}</th>
<th>${e("ferm.target",{unit:t})}</th>
<th>${e("ferm.hours")}</th>
<th>${e("ferm.until_gravity")}</th>
<th></th>
</tr>
</thead>
<tbody>
${this.steps.map((r,o)=>g`<tr class="step-row">
<td>${o+1}</td>
<td>
<select aria-label=${e("ferm.type_of",{n:o+1})} @change=${i(o,"type")}>
<option value="hold" ?selected=${r.type==="hold"}>${e("ferm.hold")}</option>
<option value="ramp" ?selected=${r.type==="ramp"}>${e("ferm.ramp")}</option>
</select>
</td>
<td>
<input
inputmode="decimal"
aria-label=${e("ferm.target_of",{n:o+1,unit:t})}
.value=${r.target}
@input=${i(o,"target")}
/>
</td>
<td>
<input
inputmode="decimal"
aria-label=${e("ferm.hours_of",{n:o+1})}
.value=${r.hours}
@input=${i(o,"hours")}
/>
</td>
<td>
${r.type==="hold"?g`<input
inputmode="decimal"
placeholder="1.010"
aria-label=${e("ferm.gravity_of",{n:o+1})}
.value=${r.gravityBelow}
@input=${i(o,"gravityBelow")}
/>`:S}
</td>
<td>
<button
type="button"
class="icon"
aria-label=${e("ferm.remove_step",{n:o+1})}
?disabled=${this.steps.length===1}
@click=${()=>this.steps=this.steps.filter((a,c)=>c!==o)}
>
×
</button>
</td>
</tr>`)}
</tbody>
</table>
<div class="toolbar">
<button type="button" @click=${()=>this.steps=[...this.steps,{...vd}]}>
${e("ferm.add_step")}
</button>
<span class="spacer"></span>
<button class="primary" type="submit">${e("ferm.start")}</button>
</div>
</form>`}};Rt.styles=[me,he`
input {
font: inherit;
inline-size: 6em;
padding: 4px 6px;
border: 1px solid var(--divider-color);
border-radius: 6px;
background: var(--card-background-color);
color: inherit;
}
input[name='profile-name'] {
inline-size: 14em;
}
progress {
inline-size: min(100%, 24em);
accent-color: var(--primary-color);
}
.setpoint {
font-size: 1.2rem;
}
table {
inline-size: 100%;
}
`],v([M({attribute:!1})],Rt.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],Rt.prototype,"narrow",2),v([E()],Rt.prototype,"chambers",2),v([E()],Rt.prototype,"name",2),v([E()],Rt.prototype,"steps",2),v([E()],Rt.prototype,"chamber",2),v([E()],Rt.prototype,"error",2),v([E()],Rt.prototype,"note",2),Rt=v([ae("brewpit-fermentation")],Rt);var Lo=320,Do=180,ip=(s,n)=>s.reduce((e,t,i)=>e+t*n**i,0),pt=class extends J{constructor(){super(...arguments);this.name="";this.input="angle";this.pairs=[{raw:"",actual:""}];this.error="";this.note="";this.importing=!1;this.importText="";this.fmt=se(De)}connectedCallback(){super.connectedCallback(),this.input=this.hydrometer.format==="ispindel"?"angle":"gravity",Ha(this.hass,this.hydrometer.device_id).then(e=>this.show(e),()=>{})}get t(){return ie(xe(this.hass))}show(e){this.saved=e,this.input=e.input,this.pairs=e.points.map(t=>({raw:String(t.raw),actual:String(t.actual)}))}points(){let e=i=>Number.parseFloat(i.replace(",",".")),t=[];for(let[i,r]of this.pairs.entries()){if(!r.raw.trim()&&!r.actual.trim())continue;let o=e(r.raw),a=e(r.actual);if(!Number.isFinite(o)||!Number.isFinite(a))return this.error=this.t("hydro.cal_bad_pair",{n:i+1}),null;t.push({raw:o,actual:a})}return t}async save(e=this.points(),t=this.input){if(this.note="",!!e){this.error="";try{this.show(await Oa(this.hass,this.hydrometer.device_id,t,e)),this.note=this.t("hydro.cal_saved")}catch(i){this.error=Q(i)}}}exportJson(){if(!this.saved)return;let e=URL.createObjectURL(new Blob([JSON.stringify(this.saved,null,2)],{type:"application/json"})),t=document.createElement("a");t.href=e,t.download=`calibration-${this.name||this.hydrometer.key}.json`,t.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}async importJson(){try{let e=JSON.parse(this.importText);if(!Array.isArray(e.points))throw new Error('no "points" in this document');await this.save(e.points,e.input??this.input),this.importing=!1}catch(e){this.error=Q(e)}}setPair(e,t){this.pairs=this.pairs.map((i,r)=>r===e?{...i,...t}:i)}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),i=r=>this.saved&&this.saved.points.length===this.pairs.length?this.saved.residuals[r]:void 0;return g`<section class="card" role="dialog" aria-labelledby="cal-title">
<h3 id="cal-title">${e("hydro.cal_title",{name:this.name})}</h3>
<p class="muted">${e("hydro.cal_help")}</p>
<label>
${e("hydro.cal_input")}
<select
@change=${r=>this.input=r.target.value}
>
<option value="angle" ?selected=${this.input==="angle"}>
${e("hydro.cal_input.angle")}
</option>
<option value="gravity" ?selected=${this.input==="gravity"}>
${e("hydro.cal_input.gravity")}
</option>
</select>
</label>
<table>
<thead>
<tr>
<th>#</th>
<th>${e("hydro.cal_raw")}</th>
<th>${e("hydro.cal_actual")}</th>
<th class="num">${e("hydro.cal_residual")}</th>
<th></th>
</tr>
</thead>
<tbody>
${this.pairs.map((r,o)=>{let a=i(o);return g`<tr class="pair">
<td>${o+1}</td>
<td>
<input
class="raw"
inputmode="decimal"
aria-label=${`${e("hydro.cal_raw")} ${o+1}`}
.value=${r.raw}
@input=${c=>this.setPair(o,{raw:c.target.value})}
/>
</td>
<td>
<input
class="actual"
inputmode="decimal"
aria-label=${`${e("hydro.cal_actual")} ${o+1}`}
.value=${r.actual}
@input=${c=>this.setPair(o,{actual:c.target.value})}
/>
</td>
<td class="num">
${a===void 0?"":t.number(Math.abs(a)<5e-5?0:a,4)}
</td>
<td>
<button
class="icon"
aria-label=${e("hydro.cal_remove",{n:o+1})}
@click=${()=>this.pairs=this.pairs.filter((c,u)=>u!==o)}
>
×
</button>
</td>
</tr>`})}
</tbody>
</table>
<div class="toolbar">
<button @click=${()=>this.pairs=[...this.pairs,{raw:"",actual:""}]}>
${e("hydro.cal_add")}
</button>
<span class="spacer"></span>
<button class="primary save" @click=${()=>{this.save()}}>
${e("hydro.cal_save")}
</button>
</div>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
${this.note?g`<p role="status">${this.note}</p>`:S}
${this.saved?this.renderFit(this.saved):g`<p class="muted">${e("hydro.cal_none")}</p>`}
${this.importing?g`<label class="wide"
>${e("hydro.cal_import_label")}
<textarea
rows="4"
.value=${this.importText}
@input=${r=>this.importText=r.target.value}
></textarea>
</label>
<button @click=${()=>{this.importJson()}}>${e("hydro.cal_import")}</button>`:S}
<div class="toolbar">
<button ?disabled=${!this.saved} @click=${()=>this.exportJson()}>
${e("hydro.cal_export")}
</button>
<button @click=${()=>this.importing=!this.importing}>${e("hydro.cal_import")}</button>
<span class="spacer"></span>
<button @click=${()=>ee(this,"calibration-closed")}>${e("common.close")}</button>
</div>
</section>`}renderFit(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=e.points.map(T=>T.raw),o=e.points.map(T=>T.actual);if(!r.length)return S;let a=(T,$)=>($-T||Math.abs($)||1)*.1,[c,u]=[Math.min(...r),Math.max(...r)],p=Array.from({length:41},(T,$)=>c+(u-c)*$/40).map(T=>[T,ip(e.coefficients,T)]),m=[...o,...p.map(([,T])=>T)],[y,w]=[Math.min(...m),Math.max(...m)],k=T=>(T-c+a(c,u))/(u-c+2*a(c,u))*Lo,P=T=>Do-(T-y+a(y,w))/(w-y+2*a(y,w))*Do,z=e.coefficients.map((T,$)=>`${i.number(T,6)}${$===0?"":$===1?"·x":`·x${$===2?"²":"³"}`}`).join(" + ");return g`<figure>
<svg
viewBox="0 0 ${Lo} ${Do}"
role="img"
aria-label=${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":i.number(e.r2,4)})}
>
${Gr`<polyline class="curve" fill="none" points=${p.map(([T,$])=>`${k(T)},${P($)}`).join(" ")}></polyline>`}
${e.points.map(T=>Gr`<circle class="point" r="4" cx=${k(T.raw)} cy=${P(T.actual)}></circle>`)}
</svg>
<figcaption class="fit">
${t("hydro.cal_fit",{formula:z,r2:e.r2===null?"—":i.number(e.r2,4)})}
</figcaption>
</figure>`}};pt.styles=[me,he`
input,
textarea {
font: inherit;
inline-size: 7em;
padding: 4px 6px;
border: 1px solid var(--divider-color);
border-radius: 6px;
background: var(--card-background-color);
color: inherit;
}
textarea {
inline-size: 100%;
}
svg {
inline-size: 100%;
max-inline-size: ${Lo*1.5}px;
background: var(--secondary-background-color);
border-radius: 8px;
}
.curve {
stroke: var(--primary-color);
stroke-width: 2;
}
.point {
fill: var(--accent-color, var(--warning-color));
}
figure {
margin: 8px 0;
}
`],v([M({attribute:!1})],pt.prototype,"hass",2),v([M({attribute:!1})],pt.prototype,"hydrometer",2),v([M()],pt.prototype,"name",2),v([E()],pt.prototype,"input",2),v([E()],pt.prototype,"pairs",2),v([E()],pt.prototype,"saved",2),v([E()],pt.prototype,"error",2),v([E()],pt.prototype,"note",2),v([E()],pt.prototype,"importing",2),v([E()],pt.prototype,"importText",2),pt=v([ae("brewpit-calibration")],pt);var rp=1e4,op=["ispindel","tilt","brewfather"],bd={ispindel:"iSpindel",tilt:"Tilt",brewfather:"GravityMon / Brewfather stream"},at=class extends J{constructor(){super(...arguments);this.narrow=!1;this.hydrometers=[];this.series=[];this.hubUrl="";this.name="";this.error="";this.confirmDelete="";this.fmt=se(De);this.names=se(ms)}connectedCallback(){super.connectedCallback(),Ri(this.hass).then(e=>this.hubUrl=Pi(e.url,window.location.hostname),e=>this.error=Q(e)),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return ie(xe(this.hass))}async refresh(){clearTimeout(this.timer);try{[this.gateways,this.hydrometers,this.series]=await Promise.all([La(this.hass),Na(this.hass),us(this.hass)])}catch(e){this.error=Q(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},rp))}async create(e){e.preventDefault(),this.error="";try{this.created=await Da(this.hass,this.name.trim()||"Hydrometers"),this.name="",await this.refresh()}catch(t){this.error=Q(t)}}async removeGateway(e){try{await Ia(this.hass,e),this.created?.id===e&&(this.created=void 0),this.confirmDelete="",await this.refresh()}catch(t){this.error=Q(t)}}render(){let e=this.t;return this.hass.user?.is_admin?g`<h2>${e("hydro.title")}</h2>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
<section class="card gateways" aria-labelledby="gw-title">
<h3 id="gw-title">${e("hydro.gateways")}</h3>
<p class="muted">${e("hydro.gateways_help")}</p>
<form class="toolbar" @submit=${t=>{this.create(t)}}>
<input
name="gateway-name"
aria-label=${e("hydro.gateway_name")}
placeholder=${e("hydro.gateway_name")}
maxlength="64"
.value=${this.name}
@input=${t=>this.name=t.target.value}
/>
<button class="primary" type="submit">${e("hydro.create")}</button>
</form>
${this.created?this.renderUrls(this.created):S}
${this.gateways?.length===0?g`<p class="muted">${e("hydro.no_gateways")}</p>`:g`<ul class="plain">
${(this.gateways??[]).map(t=>this.renderGateway(t))}
</ul>`}
</section>
${this.renderHydrometers()}
${this.calibrating?g`<brewpit-calibration
.hass=${this.hass}
.hydrometer=${this.calibrating}
.name=${this.hydrometerName(this.calibrating)}
@calibration-closed=${()=>this.calibrating=void 0}
></brewpit-calibration>`:S}`:g`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderUrls(e){let t=this.t;return g`<div class="urls" role="region" aria-label=${t("hydro.urls",{name:e.name})}>
<p>${t("hydro.urls",{name:e.name})}</p>
<table>
<thead>
<tr>
<th>${t("hydro.device_type")}</th>
<th>${t("hydro.url")}</th>
</tr>
</thead>
<tbody>
${op.filter(i=>e.paths[i]).map(i=>g`<tr data-format=${i}>
<td>
${bd[i]}
<div class="muted small">${t(`hydro.where.${i}`)}</div>
</td>
<td><code class="url">${this.hubUrl}${e.paths[i]}</code></td>
</tr>`)}
</tbody>
</table>
</div>`}renderGateway(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone);return g`<li class="toolbar">
<span>${e.name}</span>
<span class="muted">${i.dateYear(e.created_at)}</span>
<span class="spacer"></span>
${this.confirmDelete===e.id?g`<span class="muted">${t("hydro.delete_gateway_consequence")}</span>
<button class="danger" @click=${()=>{this.removeGateway(e.id)}}>
${t("devices.confirm_remove")}
</button>
<button @click=${()=>this.confirmDelete=""}>${t("common.cancel")}</button>`:g`<button class="danger" @click=${()=>this.confirmDelete=e.id}>
${t("hydro.delete_gateway")}
</button>`}
</li>`}hydrometerName(e){return this.names(this.hass.devices,this.hass.areas)(e.device_id).name||e.key}latest(e,t){let i=this.series.find(a=>a.device_id===e&&t.includes(a.kind));if(!i||i.last_value===null)return"—";let r=this.fmt(this.hass.locale,this.hass.config.time_zone),o=Le(i.kind,i.unit,Ne(this.hass.config.unit_system.temperature));return`${r.number(o.toDisplay(i.last_value),o.decimals)} ${o.unit}`}renderHydrometers(){let e=this.t,t=this.hydrometers.length?g`<table>
<thead>
<tr>
<th>${e("hydro.list")}</th>
<th class="num">${e("hydro.gravity")}</th>
<th class="num">${e("hydro.battery")}</th>
<th class="num">${e("hydro.signal")}</th>
<th></th>
</tr>
</thead>
<tbody>
${this.hydrometers.map(i=>g`<tr data-device=${i.device_id}>
<td>
${this.hydrometerName(i)} <span class="muted">${bd[i.format]}</span>
</td>
<td class="num gravity">
${this.latest(i.device_id,["gravity","specific_gravity"])}
</td>
<td class="num">${this.latest(i.device_id,["battery"])}</td>
<td class="num">${this.latest(i.device_id,["signal_strength"])}</td>
<td>
<button @click=${()=>this.calibrating=i}>${e("hydro.calibrate")}</button>
</td>
</tr>`)}
</tbody>
</table>`:g`<p class="muted">${e("hydro.none")}</p>`;return g`<section class="card" aria-labelledby="hy-title">
<h3 id="hy-title">${e("hydro.list")}</h3>
${t}
</section>`}};at.styles=[me,he`
ul.plain {
list-style: none;
padding: 0;
margin: 8px 0 0;
}
code.url {
font-family: var(--code-font-family, monospace);
overflow-wrap: anywhere;
user-select: all;
}
.small {
font-size: 0.8rem;
}
table {
inline-size: 100%;
}
input {
font: inherit;
padding: 6px 8px;
border: 1px solid var(--divider-color);
border-radius: 6px;
background: var(--card-background-color);
color: inherit;
}
`],v([M({attribute:!1})],at.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],at.prototype,"narrow",2),v([E()],at.prototype,"gateways",2),v([E()],at.prototype,"hydrometers",2),v([E()],at.prototype,"series",2),v([E()],at.prototype,"created",2),v([E()],at.prototype,"hubUrl",2),v([E()],at.prototype,"name",2),v([E()],at.prototype,"error",2),v([E()],at.prototype,"confirmDelete",2),v([E()],at.prototype,"calibrating",2),at=v([ae("brewpit-hydrometers")],at);var rr=s=>s.stall!==null&&s.stall.ended_at===null;function or(s,n){return s.status==="reached"?"reached":s.status!=="ok"||s.eta===null?"unknown":s.eta-n<=18e5?"soon":"ok"}var ap={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function yd(s,n){if(rr(s))return n("eta.reason.stall");let e=s.reason?ap[s.reason]:void 0;return n(e??"eta.reason.other")}function _d(s,n=48){let{as_of:e,value:t,target:i,eta:r}=s;if(s.status!=="ok"||e===null||t===null||i===null||r===null)return null;let o=Math.max(e,Math.min(s.low??r,r)),a=Math.max(r,s.high??r);if(!(r>e)||t>=i)return null;let c=s.pit,u=c!==null&&c>i,p=z=>{let T=z-e;if(T<=0)return()=>i;if(!u)return L=>Math.min(i,t+(i-t)*(L-e)/T);let $=Math.log((c-t)/(c-i))/T;return L=>Math.min(i,c-(c-t)*Math.exp(-$*(L-e)))},m=p(o),y=p(r),w=p(a),k={ts:[],mid:[],lo:[],hi:[]},P=new Set([o,r,a]);for(let z=0;z<=n;z++)P.add(Math.round(e+(a-e)*z/n));for(let z of[...P].sort((T,$)=>T-$))k.ts.push(z),k.hi.push(m(z)),k.lo.push(w(z)),k.mid.push(z<=r?y(z):Number.NaN);return k}var es=class extends J{constructor(){super(...arguments);this.estimates=null;this.t=ie("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?S:g`<ul class="tiles">
${e.channels.map(t=>this.renderChannel(t))} ${e.brew.map(t=>this.renderBrew(t))}
</ul>`}temperature(e){let t=Le("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(t.toDisplay(e),t.decimals)} ${t.unit}`}renderChannel(e){let t=this.t,i=or(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??t("predictions.probe",{id:e.series_id});return g`<li class="tile ${i}" data-series=${e.series_id}>
<div class="top">
<span class="name">${o}</span>
${i==="reached"?g`<span class="badge reached">${t("predictions.reached")}</span>`:i==="soon"?g`<span class="badge soon">${t("predictions.soon")}</span>`:S}
</div>
${r?g`<div class="muted small">${r}</div>`:S}
<div class="now">
<span class="value">${this.temperature(e.value)}</span>
${e.target===null?S:g`<span class="muted">→ ${this.temperature(e.target)}</span>`}
</div>
${this.renderEta(e,i)} ${this.renderStall(e)}
</li>`}renderEta(e,t){let i=this.t,r=this.formatters;if(t==="reached")return e.eta===null?S:g`<div class="muted small">
${i("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
</div>`;if(t==="unknown"||e.eta===null)return g`<div class="reason">${yd(e,i)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?i("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return g`<div class="eta">
<span class="clock">${r.clock(e.eta,this.now)}</span>
<span class="in">${el(e.eta-this.now,i)}</span>
</div>
${o?g`<div class="muted small band">${o}</div>`:S}`}renderStall(e){let t=e.stall;if(!t)return S;let i=this.t,r=this.formatters,o=t.ended_at??e.as_of??this.now,a=Ot(Math.max(0,o-t.since),i);return g`<div class="stall ${rr(e)?"on":""}">
${rr(e)?i("predictions.stall_on",{time:r.clock(t.since,this.now),duration:a}):i("predictions.stall_over",{duration:a,time:r.clock(o,this.now)})}
</div>`}renderBrew(e){let t=this.t,i=this.formatters,r=[e.gravity===null?null:t("predictions.gravity",{value:i.number(e.gravity,3)}),e.attenuation===null?null:t("predictions.attenuation",{value:i.number(e.attenuation,0)}),e.abv===null?null:t("predictions.abv",{value:i.number(e.abv,1)})].filter(o=>o!==null);return g`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
<div class="top">
<span class="name">${e.label??t("predictions.probe",{id:e.series_id})}</span>
${e.finished?g`<span class="badge reached">${t("predictions.finished")}</span>`:S}
</div>
<div>${r.length?r.join(" · "):t("eta.reason.warming_up")}</div>
</li>`}};es.styles=[me,he`
:host {
display: block;
}
.tiles {
list-style: none;
margin: 0;
padding: 0;
display: grid;
grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
gap: 12px;
}
.tile {
border: 1px solid var(--divider-color);
border-radius: 8px;
padding: 10px 12px;
display: flex;
flex-direction: column;
gap: 4px;
}
.tile.soon {
border-color: var(--warning-color, #ffa600);
background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
}
.tile.reached {
border-color: var(--success-color, #43a047);
background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
}
.top {
display: flex;
align-items: center;
gap: 8px;
}
.name {
font-weight: 500;
margin-inline-end: auto;
}
.badge {
font-size: 0.75rem;
border-radius: 10px;
padding: 2px 8px;
color: var(--text-primary-color, #fff);
}
.badge.soon {
background: var(--warning-color, #ffa600);
}
.badge.reached {
background: var(--success-color, #43a047);
}
.now .value {
font-size: 1.25rem;
font-variant-numeric: tabular-nums;
}
.eta {
display: flex;
align-items: baseline;
flex-wrap: wrap;
gap: 8px;
}
.clock {
font-size: 1.25rem;
font-weight: 500;
}
.small {
font-size: 0.8125rem;
}
.reason {
color: var(--secondary-text-color);
}
.stall {
font-size: 0.8125rem;
color: var(--secondary-text-color);
}
.stall.on {
color: var(--warning-color, #ffa600);
}
`],v([M({attribute:!1})],es.prototype,"estimates",2),v([M({attribute:!1})],es.prototype,"formatters",2),v([M({attribute:!1})],es.prototype,"t",2),v([M({attribute:!1})],es.prototype,"temp",2),v([M({type:Number})],es.prototype,"now",2),v([M({attribute:!1})],es.prototype,"nodeOf",2),es=v([ae("brewpit-predictions")],es);var qe=s=>typeof s=="number"&&Number.isFinite(s)?s:null,nn=s=>typeof s=="string"?s:null,Io=s=>s!==null&&typeof s=="object"&&!Array.isArray(s)?s:null,wd=s=>Array.isArray(s)?s.map(Io).filter(n=>n!==null):[];function lp(s){let n=Io(s),e=n?qe(n.since):null;return!n||e===null?null:{since:e,ended_at:qe(n.ended_at),duration_s:qe(n.duration_s)}}function cp(s){let n=qe(s.series_id);return n===null?null:{series_id:n,label:nn(s.label),role:nn(s.role),unit:nn(s.unit),target:qe(s.target),value:qe(s.value),status:nn(s.status)??"unknown",reason:nn(s.reason),eta:qe(s.eta),low:qe(s.low),high:qe(s.high),pit:qe(s.pit),rate_per_h:qe(s.rate_per_h),stall:lp(s.stall),as_of:qe(s.as_of)}}function dp(s){let n=qe(s.series_id);return n===null?null:{series_id:n,label:nn(s.label),gravity:qe(s.gravity),attenuation:qe(s.attenuation),abv:qe(s.abv),trend_per_day:qe(s.trend_per_day),finished:s.finished===!0,as_of:qe(s.as_of)}}function up(s,n){let e=Io(s)??{};return{session_id:nn(e.session_id)??n,as_of:qe(e.as_of),channels:wd(e.channels).map(cp).filter(t=>t!==null),brew:wd(e.brew).map(dp).filter(t=>t!==null)}}async function ar(s,n){let e=await s.callWS({type:"brewpit/sessions/estimates",session_id:n});return up(e,n)}var $d=s=>`brewpit_session_${s}_`;function In(s){if(s.state===null||s.state==="")return null;let n=typeof s.state=="number"?s.state:Number(s.state);return Number.isFinite(n)?n:null}var Ns=class{open(n,e,t){this.unsub||(this.unsub=n.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(i=>{t?.(i)}))}get active(){return this.unsub!==void 0}close(){let n=this.unsub;this.unsub=void 0,n?.then(e=>e?.()).catch(()=>{})}};var hp=5e3,mp=3e4;function pp(s,n){let e=new Map;for(let t of s){let i=e.get(t.device_id)??[];i.push(t),e.set(t.device_id,i)}return[...e.entries()].map(([t,i])=>[ps(n(t)),i.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([t],[i])=>t.localeCompare(i))}var zt=class extends J{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new Ns;this.estimatesDue=!1;this.fmt=se(De);this.nodes=se(ms);this.groups=se(pp)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),hp),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return ie(xe(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await ds(this.hass,{status:"active"});this.running=await Promise.all(e.map(async t=>({session:t,estimates:await ar(this.hass,t.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},mp))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:Q(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await us(this.hass),t=new Map(this.states);for(let i of e)t.has(i.id)||t.set(i.id,{value:i.last_value,ts:i.last_ts,unavailable:i.last_ts==null});this.series=e,this.states=t}catch(e){this.error=Q(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let t=new Map(this.states);for(let i of e.states){if(i.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof i.series_id!="number")continue;let r=In(i),o=t.get(i.series_id);t.set(i.series_id,{value:r??null,ts:r===null?o?.ts??null:i.ts,unavailable:r===null})}this.states=t}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),i=Ne(this.hass.config.unit_system.temperature);if(!this.loaded)return g`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return g`
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
${this.renderRunning(t,i)}
${this.series.length===0?g`<div class="card muted">
${e("live.no_probes")}
${this.hass.user?.is_admin?g`<button
@click=${()=>ee(this,"brewpit-navigate",{path:"/devices"})}
>
${e("empty.open_devices")}
</button>`:S}
</div>`:S}
<div class="devices">
${this.groups(this.series,r).map(([o,a])=>g`<section class="card" aria-label=${e("live.node",{name:o})}>
<h3>${o}</h3>
<ul>
${a.map(c=>{let u=this.states.get(c.id),p=Le(c.kind,c.unit,i),m=u&&!u.unavailable&&u.value!==null?`${t.number(p.toDisplay(u.value),p.decimals)} ${p.unit}`:null,y=u?.ts!=null?e("live.last_seen",{when:t.relative(this.now-u.ts)}):e("live.never_seen");return g`<li class=${m?"":"unavailable"}>
<span class="probe">${c.name||c.key}</span>
<span class="value" aria-live="off">${m??e("live.unavailable")}</span>
<span class="seen muted" title=${u?.ts?t.dateTime(u.ts):""}
>${y}</span
>
</li>`})}
</ul>
</section>`)}
</div>
`}renderRunning(e,t){let i=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=a=>{let c=this.series.find(u=>u.id===a);return c?ps(r(c.device_id)):void 0};return this.running.filter(a=>a.estimates&&(a.estimates.channels.length||a.estimates.brew.length)).map(a=>g`<section class="card running" aria-label=${a.session.name}>
<h3>
<a
href=${"#"}
@click=${c=>{c.preventDefault(),ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(a.session.id)}`})}}
>${a.session.name}</a
>
</h3>
<brewpit-predictions
.estimates=${a.estimates}
.formatters=${e}
.t=${i}
.temp=${t}
.now=${this.now}
.nodeOf=${o}
></brewpit-predictions>
</section>`)}};zt.styles=[me,he`
:host {
display: block;
}
.devices {
display: grid;
grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
gap: 16px;
}
.devices .card {
margin: 0;
}
.running h3 a {
color: var(--primary-color);
text-decoration: none;
}
ul {
list-style: none;
margin: 0;
padding: 0;
}
li {
display: grid;
grid-template-columns: minmax(0, 1fr) auto;
grid-template-areas: 'probe value' 'seen seen';
padding-block: 8px;
border-block-end: 1px solid var(--divider-color);
}
li:last-child {
border-block-end: none;
}
.probe {
grid-area: probe;
}
.value {
grid-area: value;
font-size: 1.25rem;
font-variant-numeric: tabular-nums;
}
.seen {
grid-area: seen;
font-size: 0.75rem;
}
.unavailable .value {
color: var(--error-color);
font-size: 1rem;
}
:host([narrow]) .devices {
grid-template-columns: 1fr;
}
`],v([M({attribute:!1})],zt.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],zt.prototype,"narrow",2),v([E()],zt.prototype,"series",2),v([E()],zt.prototype,"states",2),v([E()],zt.prototype,"error",2),v([E()],zt.prototype,"loaded",2),v([E()],zt.prototype,"now",2),v([E()],zt.prototype,"running",2),zt=v([ae("brewpit-live")],zt);var Ls=he`
:host {
display: block;
}
.head h2 {
margin: 0;
}
.meta {
margin-block: 8px 0;
}
brewpit-predictions {
margin-block-start: 12px;
}
.small {
font-size: 0.8125rem;
}
.chart-tools {
margin-block-end: 8px;
}
.columns {
display: grid;
grid-template-columns: 3fr 2fr;
gap: 16px;
}
.columns > .card {
margin-block-end: 0;
}
:host([narrow]) .columns {
grid-template-columns: 1fr;
}
.note-form {
display: flex;
gap: 8px;
}
.note-form input {
flex: 1;
min-inline-size: 0;
}
.notes {
list-style: none;
padding: 0;
margin: 0;
}
.notes li {
display: flex;
flex-wrap: wrap;
gap: 8px;
align-items: baseline;
padding-block: 6px;
border-block-end: 1px solid var(--divider-color);
}
.notes time {
color: var(--secondary-text-color);
font-size: 0.8125rem;
}
button.link {
border: none;
min-block-size: 0;
padding: 0;
text-decoration: underline;
}
:host([narrow]) .card {
padding: 12px;
}
:host([narrow]) table .muted {
display: none;
}
`;var ts=class extends J{constructor(){super(...arguments);this.figures=[];this.t=ie("en");this.zoomed=!1}render(){let e=this.t,t=this.formatters;return g`<section class="card" aria-labelledby="figures-title">
<h3 id="figures-title">${this.zoomed?e("figures.title_in_view"):e("figures.title")}</h3>
<table class="figures">
<thead>
<tr>
<th>${e("figures.channel")}</th>
<th class="num">${e("figures.now")}</th>
<th class="num">${e("figures.min")}</th>
<th class="num">${e("figures.max")}</th>
<th class="num">${e("figures.target")}</th>
</tr>
</thead>
<tbody>
${this.figures.map(i=>{let r=this.nodeOf?.(i.seriesId);return g`<tr>
<td>
<span
class="swatch"
style=${this.theme?`background:${ws(this.theme,i.colorIndex)}`:""}
></span
>${i.label}
${At(i.role,e).toLowerCase()===i.label.toLowerCase()?"":g`<span class="muted role">${At(i.role,e)}</span>`}
${r?g`<div class="muted node">${r}</div>`:""}
</td>
<td class="num">${t.number(i.latest,i.decimals)} ${i.unit}</td>
<td class="num">${t.number(i.min,i.decimals)}</td>
<td class="num">${t.number(i.max,i.decimals)}</td>
<td class="num">${i.target==null?"—":t.number(i.target,i.decimals)}</td>
</tr>`})}
</tbody>
</table>
</section>`}};ts.styles=[me,Ls],v([M({attribute:!1})],ts.prototype,"figures",2),v([M({attribute:!1})],ts.prototype,"theme",2),v([M({attribute:!1})],ts.prototype,"formatters",2),v([M({attribute:!1})],ts.prototype,"t",2),v([M({attribute:!1})],ts.prototype,"nodeOf",2),v([M({type:Boolean})],ts.prototype,"zoomed",2),ts=v([ae("brewpit-session-figures")],ts);function fp(s,n){let e=s.device_class==="temperature"||["°C","°F","K"].includes(s.unit??""),t=s.device_class==="specific_gravity"||["SG","°P"].includes(s.unit??"");return{id:-(n+1),device_id:"",key:s.entity_id,kind:e?"temperature":t?"gravity":s.device_class??"",unit:e?"°C":t?"SG":s.unit??"",name:s.name,last_ts:null,last_value:null}}var rt=class extends J{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.notes="";this.error="";this.busy=!1;this.loaded=!1;this.query="";this.live=new Ns;this.fmt=se(De);this.nodes=se(ms)}connectedCallback(){super.connectedCallback();let e=this.session;e&&(this.kind=e.kind,this.name=e.name,this.recipe=e.recipe??"",this.og=e.og==null?"":String(e.og),this.notes=e.notes),this.loadSeries(),this.live.open(this.hass,t=>{let i=new Map(t.states.map(r=>[r.series_id,r]));this.rows.some(r=>i.has(r.series.id))&&(this.rows=this.rows.map(r=>{let o=i.get(r.series.id);return o&&typeof o.ts=="number"?{...r,series:{...r.series,last_value:In(o),last_ts:o.ts}}:r}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return ie(xe(this.hass))}async loadSeries(){try{let[e,t]=await Promise.all([us(this.hass),ds(this.hass,{status:"active"}).catch(()=>[])]),i=Ne(this.hass.config.unit_system.temperature),r=new Map(this.session?.channels.map(a=>[a.series_id,a]));this.rows=e.map(a=>{let c=r.get(a.id),u=Le(a.kind,a.unit,i);return{series:a,on:!!c,role:c?.role??Xr(a.name,a.key,a.kind),target:c?.target==null?"":String(Math.round(u.toDisplay(c.target)*10)/10),inUse:t.filter(p=>p.id!==this.session?.id).filter(p=>p.channels.some(m=>m.series_id===a.id)).map(p=>p.name),share:!!c}});let o=sr(this.hass,new Set(e.map(a=>a.key)));this.rows=[...this.rows,...o.map((a,c)=>{let u=fp(a,c);return{series:u,on:!1,role:Xr(u.name,u.key,u.kind),target:"",inUse:[],share:!1,sensor:a}})]}catch(e){this.error=Q(e)}finally{this.loaded=!0}}rowsOn(){return this.rows.filter(e=>e.on)}patch(e,t){this.rows=this.rows.map(i=>i.series.id===e?{...i,...t}:i)}async submit(e){e.preventDefault();let t=this.t,i=this.rows.find(m=>m.on&&m.inUse.length&&!m.share);if(i){this.error=t("form.confirm_share_first",{probe:i.series.name||i.series.key});return}let r=Ne(this.hass.config.unit_system.temperature),o=this.rowsOn(),a=m=>o.map((y,w)=>{let k=Le(y.series.kind,y.series.unit,r),P=Number.parseFloat(y.target.replace(",","."));return{series_id:m[w],role:y.role,label:(y.series.name||y.series.key).slice(0,64),...Number.isFinite(P)?{target:Math.round(k.fromDisplay(P)*1e3)/1e3}:{}}}),c=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";let u=a(o.map(m=>m.series.id)).find((m,y)=>m.target===void 0&&o[y].target.trim());if(u){this.busy=!1,this.error=t("form.bad_target",{probe:u.label??""});return}let p={name:this.name.trim(),...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(c)?{og:c}:{}};try{let m=[];for(let w of o)m.push(w.sensor?await mi(this.hass,w.sensor):w.series.id);let y={...p,channels:a(m)};if(this.session){let w=await qa(this.hass,this.session.id,{...y,notes:this.notes});ee(this,"session-saved",w)}else ee(this,"session-created",await Ka(this.hass,{kind:this.kind,...y}))}catch(m){this.error=Q(m)}finally{this.busy=!1}}render(){let e=this.t,t=i=>r=>i(r.target.value);return g`<form class="card" @submit=${i=>{this.submit(i)}}>
<h2>${this.session?e("form.edit_title"):e("form.title")}</h2>
<div class="grid">
<label>
${e("form.name")}
<input
required
maxlength="120"
name="name"
.value=${this.name}
@input=${t(i=>this.name=i)}
/>
</label>
<label>
${e("form.kind")}
<select
name="kind"
?disabled=${!!this.session}
@change=${i=>this.kind=i.target.value}
>
<option value="cook" ?selected=${this.kind==="cook"}>${e("kind.cook")}</option>
<option value="brew" ?selected=${this.kind==="brew"}>${e("kind.brew")}</option>
</select>
</label>
<label>
${e("form.recipe")}
<input maxlength="200" .value=${this.recipe} @input=${t(i=>this.recipe=i)} />
</label>
${this.kind==="brew"?g`<label>
${e("form.og")}
<input
inputmode="decimal"
placeholder="1.050"
.value=${this.og}
@input=${t(i=>this.og=i)}
/>
</label>`:S}
${this.session?g`<label class="wide">
${e("form.notes")}
<textarea
name="notes"
rows="3"
.value=${this.notes}
@input=${t(i=>this.notes=i)}
></textarea>
</label>`:S}
</div>
${this.renderProbes()}
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
<div class="toolbar">
<span class="spacer"></span>
${this.session?g`<button type="button" @click=${()=>ee(this,"form-closed")}>
${e("common.cancel")}
</button>`:S}
<button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
${this.session?e("form.save"):e("form.start")}
</button>
</div>
</form>`}renderProbes(){let e=this.t,t=this.rows.filter(c=>!c.sensor),i=t.filter(c=>al(c.role,this.kind)&&!ll.has(c.series.kind)||c.on),r=t.filter(c=>!i.includes(c)),o=this.kind==="cook"?e("kind.cook"):e("kind.brew"),a=this.loaded?this.rows.length===0?g`<p class="muted">
${e("form.no_probes")}
<button
type="button"
@click=${()=>ee(this,"brewpit-navigate",{path:"/devices"})}
>
${e("empty.open_devices")}
</button>
</p>`:t.length===0?this.renderSensors():g`${i.map(c=>this.renderRow(c))}
${r.length?g`<details class="others">
<summary>${e("form.other_probes",{count:r.length,kind:o})}</summary>
${r.map(c=>this.renderRow(c))}
</details>`:S}
${this.renderSensors()}`:g`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return g`<fieldset>
<legend>${e("form.probes")}</legend>
${a}
</fieldset>`}renderSensors(){let e=this.t,t=this.rows.filter(r=>r.sensor);if(!t.length)return S;let i=t.filter(r=>r.on||nr(r.sensor,this.query));return g`<details class="ha-sensors" ?open=${t.some(r=>r.on)}>
<summary>${e("form.ha_sensors",{count:t.length})}</summary>
<input
type="search"
class="search"
aria-label=${e("form.search_sensors")}
placeholder=${e("form.search_sensors")}
.value=${this.query}
@input=${r=>this.query=r.target.value}
/>
${i.map(r=>this.renderRow(r))}
</details>`}renderRow(e){let t=this.t,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Ne(this.hass.config.unit_system.temperature),o=Le(e.series.kind,e.series.unit,r),a=e.series.name||e.series.key,c=e.sensor,u=c?ps({name:c.device??c.entity_id,area:c.area}):ps(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),p=c?Number.isFinite(Number(c.state))?`${c.state} ${c.unit??""}`.trim():t("form.no_reading"):e.series.last_value===null?t("form.no_reading"):`${i.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,m=e.series.id;return g`<div
class="probe ${e.on?"on":""}"
data-series=${m}
data-entity=${c?c.entity_id:S}
>
<label class="check">
<input
type="checkbox"
.checked=${e.on}
@change=${y=>this.patch(m,{on:y.target.checked})}
/>
<span class="who">
<span class="name">${a}</span>
<span class="muted node">${u}</span>
</span>
<span class="reading" title=${e.series.last_ts?i.dateTime(e.series.last_ts):""}
>${p}</span
>
</label>
${this.renderRole(e,a)}
<input
class="target"
inputmode="decimal"
aria-label=${t("form.target_of",{probe:a,unit:o.unit})}
placeholder=${t("form.target_placeholder",{unit:o.unit})}
?disabled=${!e.on}
.value=${e.target}
@input=${y=>this.patch(m,{target:y.target.value})}
/>
${e.inUse.length?g`<div class="in-use" role="note">
${t("form.in_use",{sessions:e.inUse.join(", ")})}
${e.on?g`<label class="share">
<input
type="checkbox"
.checked=${e.share}
@change=${y=>this.patch(m,{share:y.target.checked})}
/>
${t("form.share",{sessions:e.inUse.join(", ")})}
</label>`:S}
</div>`:S}
</div>`}renderRole(e,t){let i=this.t,r=ol(this.kind),o=e.series.id;return g`<select
aria-label=${i("form.role_of",{probe:t})}
?disabled=${!e.on}
@change=${a=>this.patch(o,{role:a.target.value})}
>
${r.fitting.map(a=>g`<option value=${a} ?selected=${a===e.role}>${At(a,i)}</option>`)}
<optgroup label=${i("form.other_roles")}>
${r.others.map(a=>g`<option value=${a} ?selected=${a===e.role}>${At(a,i)}</option>`)}
</optgroup>
</select>`}};rt.styles=[me,ir],v([M({attribute:!1})],rt.prototype,"hass",2),v([M({attribute:!1})],rt.prototype,"session",2),v([E()],rt.prototype,"rows",2),v([E()],rt.prototype,"kind",2),v([E()],rt.prototype,"name",2),v([E()],rt.prototype,"recipe",2),v([E()],rt.prototype,"og",2),v([E()],rt.prototype,"notes",2),v([E()],rt.prototype,"error",2),v([E()],rt.prototype,"busy",2),v([E()],rt.prototype,"loaded",2),v([E()],rt.prototype,"query",2),rt=v([ae("brewpit-session-form")],rt);var _t=class extends J{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.confirmDelete=!1;this.busy=!1;this.fmt=se(De)}get t(){return ie(xe(this.hass))}async end(){this.busy=!0;try{ee(this,"session-changed",await Za(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){ee(this,"session-error",Q(e))}finally{this.busy=!1}}async deleteIt(){this.busy=!0;try{await Ya(this.hass,this.session.id),ee(this,"brewpit-navigate",{path:"/sessions"})}catch(e){ee(this,"session-error",Q(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,t=Yr(this.hass.locale,this.hass.config.time_zone);try{await Qa(this.hass,e.id,Xa(e),t)}catch(i){let r=i instanceof ei?this.t("detail.export_failed",{status:i.status}):Q(i);ee(this,"session-error",r)}}render(){let e=this.t,t=this.session,i=this.fmt(this.hass.locale,this.hass.config.time_zone),r=t.status==="active";return g`<section class="card head" aria-labelledby="title">
<div class="toolbar">
<h2 id="title">${t.name}</h2>
<span class="chip">${t.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
<span class="chip ${r?"active":""}">
${e(r?"status.running":"status.ended")}
</span>
<span class="spacer"></span>
<button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
${this.hass.user?.is_admin?g`<button class="edit" @click=${()=>ee(this,"session-edit")}>
${e("detail.edit")}
</button>
${r?this.renderEnd():S} ${this.renderDelete()}`:S}
</div>
<p class="muted meta">
${e("detail.started",{time:i.dateTime(t.started_at)})} ·
${t.ended_at?g`${e("detail.ended",{time:i.dateTime(t.ended_at)})} · `:""}
${Ot((t.ended_at??this.now)-t.started_at,e)}
${t.recipe?g` · ${t.recipe}`:S}
${t.og!=null?g` · ${e("detail.og",{value:i.number(t.og,3)})}`:S}
</p>
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
<brewpit-predictions
.estimates=${this.estimates}
.formatters=${i}
.t=${e}
.temp=${Ne(this.hass.config.unit_system.temperature)}
.now=${this.now}
.nodeOf=${this.nodeOf}
></brewpit-predictions>
</section>`}renderEnd(){let e=this.t;return this.confirmEnd?g`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
<button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
${e("detail.confirm_end")}
</button>
<button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
</span>`:g`<button class="danger" @click=${()=>this.confirmEnd=!0}>
${e("detail.end")}
</button>`}renderDelete(){let e=this.t;return this.confirmDelete?g`<span role="group" aria-label=${e("detail.confirm_delete_group")} class="toolbar">
<span class="muted">${e("detail.delete_consequence")}</span>
<button class="danger" ?disabled=${this.busy} @click=${()=>{this.deleteIt()}}>
${e("detail.confirm_delete")}
</button>
<button @click=${()=>this.confirmDelete=!1}>${e("common.cancel")}</button>
</span>`:g`<button class="danger" @click=${()=>this.confirmDelete=!0}>
${e("detail.delete")}
</button>`}};_t.styles=[me,Ls],v([M({attribute:!1})],_t.prototype,"hass",2),v([M({attribute:!1})],_t.prototype,"session",2),v([M({attribute:!1})],_t.prototype,"estimates",2),v([M({type:Number})],_t.prototype,"now",2),v([M()],_t.prototype,"error",2),v([M({attribute:!1})],_t.prototype,"nodeOf",2),v([E()],_t.prototype,"confirmEnd",2),v([E()],_t.prototype,"confirmDelete",2),v([E()],_t.prototype,"busy",2),_t=v([ae("brewpit-session-head")],_t);var wt=class extends J{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=ie("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let t=this.text.trim();if(t){this.busy=!0,this.error="";try{let i=await Ja(this.hass,this.sessionId,t,this.at??void 0);this.text="",ee(this,"note-added",i)}catch(i){this.error=Q(i)}finally{this.busy=!1}}}render(){let e=this.t,t=this.formatters,i={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return g`<section class="card" aria-labelledby="notes-title">
<h3 id="notes-title">${e("notes.title")}</h3>
${this.hass.user?.is_admin?g`<form class="note-form" @submit=${r=>{this.add(r)}}>
<label for="note" class="visually-hidden">${e("notes.text")}</label>
<input
id="note"
name="note"
maxlength="500"
placeholder=${e("notes.placeholder")}
.value=${this.text}
@input=${r=>this.text=r.target.value}
/>
<button class="primary" type="submit" ?disabled=${this.busy||!this.text.trim()}>
${e("notes.add")}
</button>
</form>
<p class="muted small">
${this.at?g`${e("notes.at_picked",{time:t.dateTime(this.at)})}
<button class="link" @click=${()=>ee(this,"note-at-cleared")}>
${e("notes.use_now")}
</button>`:e("notes.at_now")}
</p>`:S}
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
${this.annotations.length?g`<ul class="notes">
${this.annotations.map(r=>g`<li>
<span class="chip ${r.kind==="alert"?"alert":""}"
>${i[r.kind]??r.kind}</span
>
<time datetime=${new Date(r.ts).toISOString()}>${t.dateTime(r.ts)}</time>
<span>${r.text}</span>
</li>`)}
</ul>`:g`<p class="muted">${e("notes.none")}</p>`}
</section>`}};wt.styles=[me,Ls],v([M({attribute:!1})],wt.prototype,"hass",2),v([M()],wt.prototype,"sessionId",2),v([M({attribute:!1})],wt.prototype,"annotations",2),v([M({attribute:!1})],wt.prototype,"at",2),v([M({attribute:!1})],wt.prototype,"formatters",2),v([M({attribute:!1})],wt.prototype,"t",2),v([E()],wt.prototype,"text",2),v([E()],wt.prototype,"busy",2),v([E()],wt.prototype,"error",2),wt=v([ae("brewpit-session-notes")],wt);var lr=class{constructor(){this.bySeries=new Map}add(n,e){let t=this.bySeries.get(n)??[];t.push(e),this.bySeries.set(n,t)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(n){let e=0,t=!1,i=n.series.map(o=>{let a=this.bySeries.get(o.series_id);if(!a)return o;let c=o.points.length?o.points[o.points.length-1][0]:-1/0,u=a.filter(p=>p[0]>c).sort((p,m)=>p[0]-m[0]);return e=Math.max(e,u.length),u.length&&u[0][0]-c>6e4&&(t=!0),u.length?{...o,points:[...o.points,...u]}:o});if(this.bySeries.clear(),!e)return{history:n,added:e,skipped:t};let r=Math.max(n.to,...i.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...n,series:i,to:r},added:e,skipped:t}}};function xd(s){if(!s)return 0;let n=0;for(let e of s.series)n=Math.max(n,e.points[e.points.length-1]?.[0]??0);return n}var gp=1e3,vp=5e3,bp=6e4,cr=class{constructor(n,e){this.host=n;this.on=e;this.live=new Ns;this.buffer=new lr;this.estimatesAt=0;n.addController(this)}follow(n,e){let t=e?.id!==this.session?.id;this.hass=n,this.session=e,t&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(n,i=>this.onLive(i),i=>this.on.error(i)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:n,session:e}=this;if(!(!n||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let t=await ar(n,e.id);e.id===this.session?.id&&this.on.estimates(t)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},bp))}}onLive(n){let e=this.session;if(!e)return;let t=new Set(e.channels.map(o=>o.series_id)),i=$d(e.id),r=!1;for(let o of n.states)o.unique_id?.startsWith(i)&&(r=!0),!(!t.has(o.series_id)||typeof o.ts!="number")&&(r=!0,this.buffer.add(o.series_id,[o.ts,In(o)]));if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+vp-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},gp))}};function Sd(s,n,e,t,i,r){if(!s)return Bi;let o=r*6e4,a=[],c=[],u=new Map,p=s.channels.length;for(let m of s.channels){let y=n.findIndex(T=>T.series_id===m.series_id);if(y<0)continue;let w=n[y],k=Le(w.kind,m.unit??w.unit,e),P=or(m,o);P==="reached"?u.set(y,{text:i("chart.reached"),state:P}):m.eta!==null&&P!=="unknown"&&u.set(y,{text:i("chart.eta",{time:t.clock(m.eta,o)}),state:P});let z=_d(m);if(z&&a.push({scale:k.unit,colorIndex:y,xs:z.ts.map(T=>T/1e3),mid:z.mid.map(T=>Number.isFinite(T)?k.toDisplay(T):Number.NaN),lo:z.lo.map(k.toDisplay),hi:z.hi.map(k.toDisplay)}),m.stall){let T=m.stall.ended_at??m.as_of;c.push({x:m.stall.since/1e3,endX:T===null?null:T/1e3,colorIndex:y,label:p>1?i("chart.stall_of",{label:w.label}):i("chart.stall")})}}return{projections:a,stalls:c,targetNotes:u}}var yp=250,_p=600,wp=15e3,et=class extends J{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=tr;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.editing=!1;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new cr(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:Q(e)})});this.model=se(Bc);this.figures=se(sd);this.fmt=se(De);this.nodes=se(ms);this.extras=se(Sd);this.theme=se(e=>Qi(t=>getComputedStyle(this).getPropertyValue(t)));this.xRange=se((e,t)=>e===void 0||t===void 0?null:{min:e/1e3,max:t/1e3});this.nodeOf=e=>{let t=this.series.find(i=>i.id===e);return t?ps(this.nodes(this.hass.devices,this.hass.areas)(t.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),wp),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return ie(xe(this.hass))}get temp(){return Ne(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return er(e)}async load(){let e=++this.requestSeq;this.error="",this.view=tr,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),us(this.hass).then(t=>this.series=t,()=>{});try{let[t,i]=await Promise.all([Ni(this.hass,this.sessionId),ti(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=t,this.history=i,this.appended=0,this.now=Date.now()}catch(t){e===this.requestSeq&&(this.error=Q(t))}}edge(){return Math.max(this.now,xd(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let t=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),i=this.edge(),r=this.view.range?i-(this.view.range.to-this.view.range.from):e.started_at;return ad(t,i,i-r)}visible(){return this.session?ld(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=cd(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},yp))}async refetch(){let e=++this.requestSeq,t=this.visible(),i=t?{from:t.from,...this.view.follow?{}:{to:t.to}}:{};try{let r=await ti(this.hass,this.sessionId,{...i,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=Q(r))}}flushLive(e){if(!this.history)return e.clear();let{history:t,added:i,skipped:r}=e.drain(this.history);this.now=Date.now(),i&&(this.history=t,this.appended+=i,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=_p&&this.refetch()))}pan(e){let t=this.visible();t&&this.session&&this.choose(rd(t,e,hi(this.session,this.edge(),this.ahead())))}zoom(e){let t=this.visible()??(this.session?Po(this.session,this.now):null);t&&this.session&&this.choose(od(t,e,hi(this.session,this.edge(),this.ahead())))}onSaved(e){this.editing=!1,this.session=e,this.load()}onNote(e){if(this.noteAt=null,!this.history)return;let t=[...this.history.annotations,e].sort((i,r)=>i.ts-r.ts);this.history={...this.history,annotations:t}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?g`<div class="card" role="status">
${this.error?g`<span class="error">${this.error}</span>`:this.t("detail.loading")}
</div>`:g`<brewpit-session-head
.hass=${this.hass}
.session=${this.session}
.estimates=${this.estimates}
.now=${this.now}
.error=${this.error}
.nodeOf=${this.nodeOf}
@session-changed=${t=>this.session=t.detail}
@session-error=${t=>this.error=t.detail}
@session-edit=${()=>this.editing=!0}
></brewpit-session-head>
${this.editing?g`<brewpit-session-form
.hass=${this.hass}
.session=${this.session}
@session-saved=${t=>this.onSaved(t.detail)}
@form-closed=${()=>this.editing=!1}
></brewpit-session-form>`:S}
${this.renderChart(this.session,e)}
<div class="columns">
<brewpit-session-figures
.figures=${this.figures(this.history,this.temp)}
.theme=${this.theme(this.hass.themes?.darkMode??!1)}
.formatters=${e}
.t=${this.t}
.nodeOf=${this.nodeOf}
?zoomed=${!!this.view.range}
></brewpit-session-figures>
<brewpit-session-notes
.hass=${this.hass}
.sessionId=${this.session.id}
.annotations=${this.history.annotations}
.at=${this.noteAt}
.formatters=${e}
.t=${this.t}
@note-added=${t=>this.onNote(t.detail)}
@note-at-cleared=${()=>this.noteAt=null}
></brewpit-session-notes>
</div>`}renderChart(e,t){let i=this.t,r=this.history,o=this.model(r,this.temp),a=Math.floor(this.now/6e4),c=this.visible(),u=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return g`<section class="card" aria-label=${i("detail.chart")}>
<div class="toolbar chart-tools">
${this.renderTools(e)}
<span class="spacer"></span>
<span class="muted small range-label" aria-live="polite">
${this.rangeLabel(c,t)}
${r.series.some(p=>p.downsampled)?` · ${i("detail.downsampled")}`:""}
</span>
</div>
${o.series.length===0?g`<p class="muted">${i("detail.no_channels")}</p>`:g`<brewpit-chart
.model=${o}
.extras=${this.extras(this.estimates,r.series,this.temp,t,i,a)}
.xRange=${this.xRange(c?.from,c?.to)}
.formatters=${t}
.t=${i}
.detail=${this.detailOf}
.timeZone=${u}
?dark=${this.hass.themes?.darkMode??!1}
.height=${this.narrow?260:380}
label=${i("detail.chart_of",{name:e.name})}
@range-changed=${this.onRangeChanged}
@reset-zoom=${()=>this.choose(null)}
@chart-pan=${p=>this.pan(p.detail.fraction)}
@chart-zoom=${p=>this.zoom(p.detail.factor)}
@chart-click=${this.onChartClick}
></brewpit-chart>`}
</section>`}renderTools(e){let t=this.t,i=e.status==="active"&&!this.view.follow;return g`<button
class="icon"
aria-label=${t("detail.pan_earlier")}
@click=${()=>this.pan(-.25)}
>
‹
</button>
<button class="icon" aria-label=${t("detail.pan_later")} @click=${()=>this.pan(.25)}>
›
</button>
<button class="icon" aria-label=${t("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
+
</button>
<button class="icon" aria-label=${t("detail.zoom_out")} @click=${()=>this.zoom(2)}>
−
</button>
${e.status==="active"?g`<button
class=${i?"primary":""}
?disabled=${!i&&!this.view.range}
@click=${()=>this.choose(null)}
>
${t("detail.back_to_live")}
</button>`:g`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
${t("detail.reset_zoom")}
</button>`}`}rangeLabel(e,t){let i=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?i("detail.range_live_window",{duration:Ot(this.view.range.to-this.view.range.from,i)}):i("detail.range_live"):e&&this.view.range?`${t.dateTime(e.from)} – ${t.dateTime(e.to)}`:i("detail.range_whole")}};et.styles=[me,Ls],v([M({attribute:!1})],et.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],et.prototype,"narrow",2),v([M()],et.prototype,"sessionId",2),v([E()],et.prototype,"session",2),v([E()],et.prototype,"history",2),v([E()],et.prototype,"view",2),v([E()],et.prototype,"estimates",2),v([E()],et.prototype,"series",2),v([E()],et.prototype,"error",2),v([E()],et.prototype,"noteAt",2),v([E()],et.prototype,"editing",2),v([E()],et.prototype,"now",2),v([Ms("brewpit-chart")],et.prototype,"chart",2),et=v([ae("brewpit-session-detail")],et);var kd="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ed="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",Ad="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",Td="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function pi(s,n=!1){return g`<svg class=${n?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
<path d=${s}></path>
</svg>`}var $p=300;function xp(s,n,e,t=ie("en")){let i=[t("list.channels",{count:s.channels.length})],r=Le("temperature","°C",e),o=s.summary?.channels??[];if(o.length)for(let a of o.filter(c=>c.role!=="ambient").slice(0,3))a.role==="gravity"?i.push(`${a.label} ${n.number(a.last_value,3)}`):a.max!=null&&i.push(t("list.max",{label:a.label,value:`${n.number(r.toDisplay(a.max),1)} ${r.unit}`}));else{let a=s.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of a.slice(0,2))i.push(`${c.label??c.role} → ${n.number(r.toDisplay(c.target),0)} ${r.unit}`)}return s.og!=null&&i.push(t("detail.og",{value:n.number(s.og,3)})),s.recipe&&i.push(s.recipe),i}var ft=class extends J{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=se(De)}connectedCallback(){super.connectedCallback(),new URLSearchParams(location.search).has("new")&&(this.creating=!0),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,t={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let i=await ds(this.hass,t);if(e!==this.seq)return;this.sessions=[...i].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(i){e===this.seq&&(this.error=Q(i))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},$p)}open(e){ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,t){let i=new Set(this.selected);t?i.add(e):i.delete(e),this.selected=i}compare(){let e=this.sessions.filter(t=>this.selected.has(t.id)).map(t=>t.id);ee(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,t){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(t))}get t(){return ie(xe(this.hass))}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),i=Ne(this.hass.config.unit_system.temperature),r=Date.now();return g`
${this.renderFilters(e)}
${this.creating?g`<brewpit-session-form
.hass=${this.hass}
@session-created=${o=>this.open(o.detail.id)}
></brewpit-session-form>`:S}
${this.error?g`<p class="error" role="alert">${this.error}</p>`:S}
<section class="card list" aria-label=${e("list.sessions")}>
${this.loaded?this.sessions.length===0?g`<p class="muted">${e("list.none")}</p>`:g`<div role="list">
${this.sessions.map(o=>this.renderRow(o,t,i,r,e))}
</div>`:g`<p class="muted" role="status">${e("list.loading")}</p>`}
</section>
`}renderFilters(e){return g`<section class="card" aria-label=${e("list.filters")}>
<div class="toolbar filters">
<label>
<span class="visually-hidden">${e("list.search_label")}</span>
<input
type="search"
placeholder=${e("list.search")}
.value=${this.q}
@input=${this.onSearch}
/>
</label>
<label>
${e("form.kind")}
<select
aria-label=${e("form.kind")}
@change=${t=>this.setFilter({kind:t.target.value})}
>
<option value="">${e("list.all")}</option>
<option value="cook" ?selected=${this.kind==="cook"}>${e("list.cooks")}</option>
<option value="brew" ?selected=${this.kind==="brew"}>${e("list.brews")}</option>
</select>
</label>
<label>
${e("list.status")}
<select
aria-label=${e("list.status")}
@change=${t=>this.setFilter({status:t.target.value})}
>
<option value="">${e("list.all")}</option>
<option value="active" ?selected=${this.status==="active"}>
${e("status.running")}
</option>
<option value="ended" ?selected=${this.status==="ended"}>${e("status.ended")}</option>
</select>
</label>
<span class="spacer"></span>
<button
?disabled=${this.selected.size<2}
@click=${this.compare}
aria-label=${e("list.compare_label",{count:this.selected.size})}
>
${e("list.compare",{count:this.selected.size})}
</button>
${this.hass.user?.is_admin?g`<button class="primary" @click=${()=>this.creating=!this.creating}>
${this.creating?e("common.close"):e("list.new")}
</button>`:S}
</div>
</section>`}renderRow(e,t,i,r,o){let a=Ot((e.ended_at??r)-e.started_at,o),c=e.status==="active"?o("status.running"):o("status.ended"),u=e.kind==="cook"?o("kind.cook"):o("kind.brew");return g`<div
class="row"
role="listitem"
tabindex="0"
aria-label=${`${e.name}, ${u}, ${c}, ${a}`}
@click=${p=>{p.target.closest(".select")||this.open(e.id)}}
@keydown=${p=>this.onRowKey(p,e.id)}
>
<label class="select" @click=${p=>p.stopPropagation()}>
<input
type="checkbox"
aria-label=${o("list.select",{name:e.name})}
.checked=${this.selected.has(e.id)}
@change=${p=>this.toggle(e.id,p.target.checked)}
/>
</label>
<span class="kind" aria-hidden="true">${pi(e.kind==="cook"?Ad:Td)}</span>
<span class="name">
<strong>${e.name}</strong>
<span class="muted figures">${xp(e,t,i,o).join(" · ")}</span>
</span>
<span class="chip ${e.status==="active"?"active":""} status"> ${c} </span>
<span class="muted started">${t.dateTime(e.started_at)}</span>
<span class="duration">${a}</span>
</div>`}};ft.styles=[me,he`
:host {
display: block;
}
.filters label {
display: inline-flex;
align-items: center;
gap: 6px;
}
.list {
padding: 0;
overflow: hidden;
}
.list > p {
padding: 16px;
margin: 0;
}
.row {
display: grid;
grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
align-items: center;
gap: 12px;
padding-block: 10px;
padding-inline: 16px;
border-block-end: 1px solid var(--divider-color);
cursor: pointer;
}
.row:last-child {
border-block-end: none;
}
.row:hover {
background: color-mix(in srgb, var(--primary-color) 6%, transparent);
}
.row:focus-visible {
outline: 2px solid var(--primary-color);
outline-offset: -2px;
}
.name {
display: flex;
flex-direction: column;
min-inline-size: 0;
}
.name strong {
font-weight: 500;
overflow: hidden;
text-overflow: ellipsis;
white-space: nowrap;
}
.figures {
font-size: 0.8125rem;
}
.kind svg {
inline-size: 24px;
block-size: 24px;
fill: var(--secondary-text-color);
display: block;
}
.duration {
text-align: end;
font-variant-numeric: tabular-nums;
}
.select input {
inline-size: 20px;
block-size: 20px;
min-block-size: 0;
}
:host([narrow]) .row {
grid-template-columns: auto auto minmax(0, 1fr) auto;
grid-template-areas: 'select kind name status' 'select kind started duration';
}
:host([narrow]) .select {
grid-area: select;
}
:host([narrow]) .kind {
grid-area: kind;
}
:host([narrow]) .name {
grid-area: name;
}
:host([narrow]) .status {
grid-area: status;
}
:host([narrow]) .started {
grid-area: started;
font-size: 0.8125rem;
}
:host([narrow]) .duration {
grid-area: duration;
font-size: 0.8125rem;
}
`],v([M({attribute:!1})],ft.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],ft.prototype,"narrow",2),v([E()],ft.prototype,"sessions",2),v([E()],ft.prototype,"loaded",2),v([E()],ft.prototype,"error",2),v([E()],ft.prototype,"kind",2),v([E()],ft.prototype,"status",2),v([E()],ft.prototype,"q",2),v([E()],ft.prototype,"selected",2),v([E()],ft.prototype,"creating",2),ft=v([ae("brewpit-sessions-list")],ft);function Md(s,n=""){let e=(s??"").split("?")[0].split("/").filter(Boolean),t=new URLSearchParams((s??"").includes("?")?s.split("?")[1]:n);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let i=(t.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(i)]}}case"live":case"devices":case"hydrometers":case"alerts":case"fermentation":return{view:e[0]};default:return{view:"sessions"}}}var ss=class extends J{constructor(){super(...arguments);this.narrow=!1;this.hidden={start:!1,end:!1};this.parsed=se((e,t)=>Md(e,t))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){nd(`${this.route?.prefix??"/brewpit"}${e}`)}connectedCallback(){super.connectedCallback(),this.resizes=new ResizeObserver(()=>this.measureNav())}disconnectedCallback(){super.disconnectedCallback(),this.resizes?.disconnect()}firstUpdated(){this.nav&&this.resizes?.observe(this.nav)}updated(e){(e.has("route")||e.has("narrow"))&&this.nav?.querySelector('a[aria-current="page"]')?.scrollIntoView({block:"nearest",inline:"nearest"})}measureNav(){let e=this.nav;if(!e)return;let t=Math.abs(e.scrollLeft),i=t>1,r=t+e.clientWidth<e.scrollWidth-1;(i!==this.hidden.start||r!==this.hidden.end)&&(this.hidden={start:i,end:r})}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return S;let e=this.view,t=this.hass.dockedSidebar,i=this.narrow||t==="always_hidden",r=ie(xe(this.hass)),o=this.panel?.title||"Brewpit",a=e.view==="session"||e.view==="compare";return g`
<header class="toolbar-top">
${i?g`<button
class="icon-btn"
aria-label=${r("panel.open_sidebar")}
@click=${()=>ee(this,"hass-toggle-menu")}
>
${pi(kd)}
</button>`:S}
${a?g`<button
class="icon-btn"
aria-label=${r("panel.back")}
@click=${()=>this.go("/sessions")}
>
${pi(Ed,!0)}
</button>`:S}
<h1>${o}</h1>
<nav
aria-label=${r("panel.views")}
class=${`${this.hidden.start?"more-start":""} ${this.hidden.end?"more-end":""}`}
@scroll=${this.measureNav}
>
${this.navLink("/sessions",e.view==="sessions",r("panel.sessions"))}
${this.navLink("/live",e.view==="live",r("panel.live"))}
${this.hass.user?.is_admin?g`${this.navLink("/devices",e.view==="devices",r("panel.devices"))}
${this.navLink("/hydrometers",e.view==="hydrometers",r("panel.hydrometers"))}
${this.navLink("/fermentation",e.view==="fermentation",r("panel.fermentation"))}
${this.navLink("/alerts",e.view==="alerts",r("panel.alerts"))}`:S}
</nav>
</header>
<main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
`}navLink(e,t,i){return g`<a
href=${`${this.route?.prefix??""}${e}`}
aria-current=${t?"page":"false"}
@click=${r=>this.link(r,e)}
>${i}</a
>`}link(e,t){let i=e;i.ctrlKey||i.metaKey||i.shiftKey||i.button>0||(e.preventDefault(),this.go(t))}renderView(e){switch(e.view){case"session":return g`<brewpit-session-detail
.hass=${this.hass}
?narrow=${this.narrow}
.sessionId=${e.id}
></brewpit-session-detail>`;case"compare":return g`<brewpit-compare
.hass=${this.hass}
?narrow=${this.narrow}
.ids=${e.ids}
></brewpit-compare>`;case"live":return g`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;case"devices":return g`<brewpit-devices .hass=${this.hass} ?narrow=${this.narrow}></brewpit-devices>`;case"fermentation":return g`<brewpit-fermentation
.hass=${this.hass}
?narrow=${this.narrow}
></brewpit-fermentation>`;case"alerts":return g`<brewpit-alerts .hass=${this.hass} ?narrow=${this.narrow}></brewpit-alerts>`;case"hydrometers":return g`<brewpit-hydrometers
.hass=${this.hass}
?narrow=${this.narrow}
></brewpit-hydrometers>`;default:return g`<brewpit-sessions-list
.hass=${this.hass}
?narrow=${this.narrow}
></brewpit-sessions-list>`}}};ss.styles=[me,he`
:host {
display: block;
min-block-size: 100vh;
background: var(--primary-background-color);
}
.toolbar-top {
display: flex;
align-items: center;
gap: 8px;
block-size: var(--header-height, 56px);
padding-inline: 12px;
background: var(--app-header-background-color, var(--primary-color));
color: var(--app-header-text-color, var(--text-primary-color, #fff));
border-block-end: var(--app-header-border-bottom, none);
position: sticky;
inset-block-start: 0;
z-index: 2;
box-sizing: border-box;
}
h1 {
font-size: 1.25rem;
font-weight: 400;
margin: 0;
margin-inline-end: auto;
margin-inline-start: 4px;
}
.icon-btn {
color: inherit;
border: none;
border-radius: 50%;
background: transparent;
inline-size: 44px;
block-size: 44px;
padding: 10px;
justify-content: center;
}
.icon-btn svg {
inline-size: 24px;
block-size: 24px;
fill: currentColor;
}
.icon-btn svg.flip:dir(rtl) {
transform: scaleX(-1);
}
nav {
display: flex;
gap: 4px;
overflow-x: auto;
scrollbar-width: none;
scroll-snap-type: x proximity;
--fade-start: #000;
--fade-end: #000;
mask-image: linear-gradient(
to right,
var(--fade-start),
#000 32px,
#000 calc(100% - 32px),
var(--fade-end)
);
}
nav.more-start {
--fade-start: transparent;
}
nav.more-end {
--fade-end: transparent;
}
nav:dir(rtl) {
mask-image: linear-gradient(
to left,
var(--fade-start),
#000 32px,
#000 calc(100% - 32px),
var(--fade-end)
);
}

:host([narrow]) nav a {
padding-inline: 8px;
}
/* On a phone the views need the room; the sidebar item already says Brewpit. */
:host([narrow]) h1 {
display: none;
}
:host([narrow]) nav {
margin-inline-start: auto;
}
nav a {
flex: none;
scroll-snap-align: start;
color: inherit;
text-decoration: none;
padding-block: 8px;
padding-inline: 12px;
border-radius: 18px;
opacity: 0.8;
}
nav a[aria-current='page'] {
opacity: 1;
background: color-mix(in srgb, currentColor 16%, transparent);
}
nav a:focus-visible {
outline: 2px solid currentColor;
}
main {
padding: 16px;
max-inline-size: 1400px;
margin-inline: auto;
box-sizing: border-box;
}
:host([narrow]) main {
padding: 8px;
}
`],v([M({attribute:!1})],ss.prototype,"hass",2),v([M({type:Boolean,reflect:!0})],ss.prototype,"narrow",2),v([M({attribute:!1})],ss.prototype,"route",2),v([M({attribute:!1})],ss.prototype,"panel",2),v([E()],ss.prototype,"hidden",2),v([Ms("nav")],ss.prototype,"nav",2),ss=v([ae("brewpit-panel")],ss);export{ss as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
